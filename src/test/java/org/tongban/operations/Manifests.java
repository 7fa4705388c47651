package org.tongban.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The Kubernetes manifests of deploy/kubernetes as kustomize renders them, for the subset of
 * kustomize they use: {@code resources} (files and directories), {@code namespace}, {@code images}
 * (newTag) and {@code patches} as strategic merges by kind and name, with lists of named items
 * (containers, ports) merged by name; {@code labels}, which no check reads, are left out. No
 * kustomize binary needed ({@code kubectl kustomize} renders the same objects).
 */
final class Manifests {

    static final Path ROOT = Path.of("deploy", "kubernetes");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final List<ObjectNode> objects;

    private Manifests(List<ObjectNode> objects) {
        this.objects = objects;
    }

    /** Renders the kustomization in {@code dir} (relative to deploy/kubernetes, e.g. "overlays/demo"). */
    static Manifests render(String dir) {
        return new Manifests(kustomize(ROOT.resolve(dir)));
    }

    ObjectNode get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new NoSuchElementException(kind + "/" + name + " is not rendered"));
    }

    Optional<ObjectNode> find(String kind, String name) {
        return objects.stream()
                .filter(o -> o.path("kind").asText().equals(kind))
                .filter(o -> o.path("metadata").path("name").asText().equals(name))
                .findFirst();
    }

    List<ObjectNode> all(String kind) {
        return objects.stream()
                .filter(o -> o.path("kind").asText().equals(kind))
                .toList();
    }

    private static List<ObjectNode> kustomize(Path dir) {
        JsonNode kustomization = read(dir.resolve("kustomization.yaml")).get(0);
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = dir.resolve(resource.asText()).normalize();
            objects.addAll(Files.isDirectory(path) ? kustomize(path) : read(path));
        }
        for (JsonNode patch : kustomization.path("patches")) {
            for (ObjectNode change : read(dir.resolve(patch.path("path").asText()))) {
                String kind = change.path("kind").asText();
                String name = change.path("metadata").path("name").asText();
                ObjectNode target = objects.stream()
                        .filter(o -> o.path("kind").asText().equals(kind))
                        .filter(o -> o.path("metadata").path("name").asText().equals(name))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("patch of missing " + kind + "/" + name));
                merge(target, change);
            }
        }
        if (kustomization.hasNonNull("namespace")) {
            objects.forEach(o -> ((ObjectNode) o.path("metadata"))
                    .put("namespace", kustomization.path("namespace").asText()));
        }
        for (JsonNode image : kustomization.path("images")) {
            objects.forEach(o ->
                    retag(o, image.path("name").asText(), image.path("newTag").asText()));
        }
        return objects;
    }

    /** Strategic merge, as far as these manifests need it. */
    private static void merge(ObjectNode target, JsonNode change) {
        change.properties().forEach(entry -> {
            JsonNode current = target.get(entry.getKey());
            JsonNode update = entry.getValue();
            if (current instanceof ObjectNode object && update.isObject()) {
                merge(object, update);
            } else if (current instanceof ArrayNode list && update.isArray() && named(update)) {
                for (JsonNode item : update) {
                    Optional<JsonNode> same = stream(list)
                            .filter(i -> i.path("name").equals(item.path("name")))
                            .findFirst();
                    if (same.isPresent()) {
                        merge((ObjectNode) same.get(), item);
                    } else {
                        list.add(item);
                    }
                }
            } else {
                target.set(entry.getKey(), update);
            }
        });
    }

    private static boolean named(JsonNode list) {
        return stream(list).allMatch(i -> i.hasNonNull("name"));
    }

    private static void retag(JsonNode node, String image, String tag) {
        if (node instanceof ObjectNode object
                && object.path("image").isTextual()
                && withoutTag(object.path("image").asText()).equals(image)) {
            object.put("image", image + ":" + tag);
        }
        node.forEach(child -> retag(child, image, tag));
    }

    /** registry.example:5000/group/name:tag → registry.example:5000/group/name */
    private static String withoutTag(String reference) {
        int tag = reference.indexOf(':', reference.lastIndexOf('/') + 1);
        return tag < 0 ? reference : reference.substring(0, tag);
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode list) {
        var items = new ArrayList<JsonNode>();
        list.forEach(items::add);
        return items.stream();
    }

    private static List<ObjectNode> read(Path file) {
        try (var parser = YAML.getFactory().createParser(file.toFile())) {
            List<ObjectNode> documents = new ArrayList<>();
            YAML.readValues(parser, ObjectNode.class).forEachRemaining(documents::add);
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
