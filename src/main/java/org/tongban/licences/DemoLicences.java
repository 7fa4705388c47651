package org.tongban.licences;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo library: the licences of the demo citizens and company, read once from
 * {@code seeds/e-licences.yaml} (packaged in the jar) and never changed; a test city (or the
 * benchmark, for its synthetic residents) adds its own from {@code tongban.e-licences.demo-extra},
 * a file of the same shape.
 */
@Singleton
@IfBuildProperty(name = "tongban.e-licences.library", stringValue = "demo")
public class DemoLicences implements ElectronicLicences {

    static final String SEED = "seeds/e-licences.yaml";

    private final Map<LicenceReference, Licence> byReference;
    /** Each holder's licences, newest first: a submission asks for them, so no search of the library. */
    private final Map<String, List<Licence>> byHolder;

    public DemoLicences() {
        this(read(SEED));
    }

    @Inject
    public DemoLicences(@ConfigProperty(name = "tongban.e-licences.demo-extra") Optional<Path> extra) {
        this(Stream.concat(read(SEED).stream(), extra.map(DemoLicences::read).orElse(List.of()).stream())
                .toList());
    }

    public DemoLicences(List<Licence> licences) {
        this.byReference =
                licences.stream().collect(Collectors.toUnmodifiableMap(Licence::reference, Function.identity()));
        this.byHolder = licences.stream()
                .sorted(Comparator.comparing(Licence::issuedOn).reversed())
                .collect(Collectors.groupingBy(Licence::holder, Collectors.toUnmodifiableList()));
    }

    @Override
    public Optional<Licence> find(LicenceReference reference) {
        return Optional.ofNullable(byReference.get(reference));
    }

    @Override
    public List<Licence> heldBy(String holder, LicenceType type) {
        return byHolder.getOrDefault(holder, List.of()).stream()
                .filter(l -> l.type() == type)
                .toList();
    }

    private static List<Licence> read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The demo e-licence library " + resource + " is not packaged");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo e-licence library " + resource, e);
        }
    }

    private static List<Licence> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo e-licences of " + file, e);
        }
    }

    private static List<Licence> parse(InputStream in) throws IOException {
        var yaml = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule());
        return List.of(yaml.readValue(in, Licence[].class));
    }
}
