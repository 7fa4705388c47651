package org.tongban.licences;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The demo library: the licences of the demo citizens and company, read once from
 * {@code seeds/e-licences.yaml} (packaged in the jar) and never changed.
 */
@Singleton
@IfBuildProperty(name = "tongban.e-licences.library", stringValue = "demo")
public class DemoLicences implements ElectronicLicences {

    static final String SEED = "seeds/e-licences.yaml";

    private final Map<LicenceReference, Licence> byReference;

    public DemoLicences() {
        this(read(SEED));
    }

    public DemoLicences(List<Licence> licences) {
        this.byReference =
                licences.stream().collect(Collectors.toUnmodifiableMap(Licence::reference, Function.identity()));
    }

    @Override
    public Optional<Licence> find(LicenceReference reference) {
        return Optional.ofNullable(byReference.get(reference));
    }

    @Override
    public List<Licence> heldBy(String holder, LicenceType type) {
        return byReference.values().stream()
                .filter(l -> l.type() == type && l.heldBy(holder))
                .sorted(Comparator.comparing(Licence::issuedOn).reversed())
                .toList();
    }

    private static List<Licence> read(String resource) {
        var yaml = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule());
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The demo e-licence library " + resource + " is not packaged");
            }
            return List.of(yaml.readValue(in, Licence[].class));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo e-licence library " + resource, e);
        }
    }
}
