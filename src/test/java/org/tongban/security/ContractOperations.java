package org.tongban.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tongban.testing.ContractValidation;

/** The operations of the committed contract, read from {@code openapi/tongban.yaml} itself. */
final class ContractOperations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** One operation: its method, its path template and its description in the contract. */
    record Operation(String method, String path, JsonNode spec) {

        /** How the matrix names it, e.g. {@code GET /api/v1/items/{code}}. */
        String key() {
            return method + " " + path;
        }

        List<JsonNode> parameters() {
            List<JsonNode> parameters = new ArrayList<>();
            spec.path("parameters").forEach(parameters::add);
            return parameters;
        }

        boolean takesBody() {
            return spec.has("requestBody");
        }
    }

    private final JsonNode contract;

    private ContractOperations(JsonNode contract) {
        this.contract = contract;
    }

    static ContractOperations read() {
        try {
            return new ContractOperations(
                    new ObjectMapper(new YAMLFactory()).readTree(ContractValidation.CONTRACT.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Operation> all() {
        List<Operation> operations = new ArrayList<>();
        contract.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().stream()
                        .filter(method -> METHODS.contains(method.getKey()))
                        .forEach(method -> operations.add(
                                new Operation(method.getKey().toUpperCase(), path.getKey(), method.getValue()))));
        return operations;
    }

    /** A schema with its {@code $ref} followed (one level is all the contract's parameters and bodies use). */
    JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.isEmpty()) {
            return schema;
        }
        return resolve(contract.at(ref.substring(1)));
    }
}
