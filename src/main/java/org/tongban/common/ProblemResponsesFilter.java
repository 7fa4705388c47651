package org.tongban.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * The one OpenAPI filter: completes the contract with what can be derived from the code's shape, so
 * no resource has to repeat it. Every operation gets who may call it ({@code x-roles}, from
 * {@code @RolesAllowed}) and the problem responses it can give (400, 401, 403, 404, 411, 413, 415, 429,
 * 500, 503);
 * operation-specific problems (409, 412, 422) are declared on the resource method with
 * {@code @APIResponse(ref = ...)}. Schemas say what the service enforces ({@link ContractSchemas}),
 * and the description states the conventions every operation follows.
 */
public class ProblemResponsesFilter implements OASFilter {

    static final Map<String, String> STANDARD_RESPONSES = new LinkedHashMap<>();

    static {
        STANDARD_RESPONSES.put("400", "BadRequest");
        STANDARD_RESPONSES.put("401", "Unauthorized");
        STANDARD_RESPONSES.put("403", "Forbidden");
        STANDARD_RESPONSES.put("404", "NotFound");
        STANDARD_RESPONSES.put("409", "Conflict");
        STANDARD_RESPONSES.put("411", "LengthRequired");
        STANDARD_RESPONSES.put("412", "PreconditionFailed");
        STANDARD_RESPONSES.put("413", "ContentTooLarge");
        STANDARD_RESPONSES.put("415", "UnsupportedMediaType");
        STANDARD_RESPONSES.put("422", "Unprocessable");
        STANDARD_RESPONSES.put("428", "PreconditionRequired");
        STANDARD_RESPONSES.put("429", "TooManyRequests");
        STANDARD_RESPONSES.put("500", "InternalError");
        STANDARD_RESPONSES.put("503", "ServiceUnavailable");
    }

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry(
                    "BadRequest",
                    "Malformed request, every problem listed in errors: invalid JSON, an unknown or invalid field, or a"
                            + " query parameter that is unknown, repeated, empty or does not parse (errors[].field names it)"),
            Map.entry(
                    "Unauthorized",
                    "No bearer token where one is required, or one that is expired, forged or for another audience"
                            + " (refused on public operations too)"),
            Map.entry("Forbidden", "The caller's role may not perform this operation"),
            Map.entry("NotFound", "No such resource, or none the caller may see"),
            Map.entry("Conflict", "The resource's state does not allow this, or it was changed concurrently"),
            Map.entry(
                    "LengthRequired",
                    "The body was sent in chunks: announce its length (Content-Length); only file uploads may be chunked"),
            Map.entry("PreconditionFailed", "If-Match does not name the current version (ETag)"),
            Map.entry(
                    "ContentTooLarge",
                    "The body is larger than the service accepts (1 MB; an uploaded file: the configured file limit)"),
            Map.entry("UnsupportedMediaType", "The body must be application/json"),
            Map.entry("Unprocessable", "The request breaks the rules; errors lists every broken rule at once"),
            Map.entry("PreconditionRequired", "Send If-Match with the ETag last read"),
            Map.entry(
                    "TooManyRequests",
                    "Over the caller's rate limit; wait Retry-After seconds (RateLimit and RateLimit-Policy tell the"
                            + " quota, per draft-ietf-httpapi-ratelimit-headers)"),
            Map.entry("InternalError", "Unexpected failure; the detail carries an incident id, never internals"),
            Map.entry(
                    "ServiceUnavailable",
                    "The instance is overloaded (no database connection came free in time) or shutting down; retry"
                            + " after Retry-After seconds"));

    static final String CONVENTIONS = """


            Conventions every operation follows:
            - Errors are application/problem+json (RFC 9457). `type` is a URI reference relative to this \
            API (`/problems/<code>`); `errors` lists every problem at once, each with `field`, a stable \
            `code` and a `message`.
            - Absent values are left out of responses, never sent as null: a field not listed as \
            required may be missing. In requests, leave an optional field out to omit it (fields \
            marked nullable also accept null).
            - Request bodies with an unknown field, and query parameters this operation does not declare, \
            are refused with 400 naming them. A query parameter is either left out or given a value.
            - Lists are keyset-paginated: pass `nextCursor` back as `cursor`; no `nextCursor` means the \
            last page.
            - Submissions need an `Idempotency-Key` (1–100 characters, e.g. a UUID): a retry with the \
            same key and body gets the first answer again.
            - Actions on an application need `If-Match` with the `ETag` last read (428 without, 412 when \
            stale).
            - Every path answers OPTIONS with `Allow` listing its methods (HEAD wherever GET is served); \
            any other method answers 405 with the same `Allow`.
            - Every request counts against a rate limit (per client address without a token, per account, \
            per kiosk device): responses carry `RateLimit-Policy` and `RateLimit` \
            (draft-ietf-httpapi-ratelimit-headers), and over the limit the answer is 429 with `Retry-After`.
            """;

    @Override
    public Schema filterSchema(Schema schema) {
        ContractSchemas.anchorPattern(schema);
        return schema;
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        ContractSchemas.requireValue(parameter);
        return parameter;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getInfo() != null
                && openAPI.getInfo().getDescription() != null
                && !openAPI.getInfo().getDescription().contains(CONVENTIONS)) {
            openAPI.getInfo().setDescription(openAPI.getInfo().getDescription() + CONVENTIONS);
        }
        var components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        STANDARD_RESPONSES.values().forEach(name -> components.addResponse(name, problemResponse(name)));
        openAPI.setComponents(components);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) -> operations(item).forEach(operation -> complete(path, operation)));
        ContractSchemas.closeRequestSchemas(
                openAPI,
                openAPI.getPaths().getPathItems().values().stream().flatMap(item -> operations(item).stream()));
    }

    private static void complete(String path, Operation operation) {
        List<String> roles = roles(operation);
        operation.addExtension("x-roles", roles);
        String description = operation.getDescription() == null ? "" : operation.getDescription() + "\n\n";
        operation.setDescription(description + "Roles: " + String.join(", ", roles) + ".");
        var responses = operation.getResponses();
        // SmallRye's generic security responses have no content: replace them with problem+json.
        List.copyOf(responses.getAPIResponses().keySet()).forEach(status -> {
            APIResponse existing = responses.getAPIResponse(status);
            if (STANDARD_RESPONSES.containsKey(status) && existing.getRef() == null && existing.getContent() == null) {
                responses.removeAPIResponse(status);
            }
        });
        boolean hasBody = operation.getRequestBody() != null;
        // Any operation refuses query parameters it does not declare.
        addRef(responses, "400");
        // A token, when presented, must be valid, on public operations too (identity.PresentedTokens).
        addRef(responses, "401");
        if (!roles.contains("public") && !roles.contains("any authenticated")) {
            addRef(responses, "403");
        }
        if (path.contains("{")) {
            addRef(responses, "404");
        }
        if (hasBody && !path.equals(HttpFailures.UPLOADS)) {
            addRef(responses, "411");
        }
        if (hasBody) {
            addRef(responses, "413");
            addRef(responses, "415");
        }
        // Every request counts against a rate limit (anonymous ones per client address).
        addRef(responses, "429");
        addRef(responses, "500");
        addRef(responses, "503");
    }

    /** Roles come from the security requirement that {@code @RolesAllowed} produces. */
    private static List<String> roles(Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity();
        if (security == null || security.isEmpty()) {
            return List.of("public");
        }
        List<String> roles = new ArrayList<>();
        security.forEach(requirement -> requirement.getSchemes().values().forEach(roles::addAll));
        // Roles are not OAuth scopes a client could ask for: they are told as x-roles instead.
        var tokenRequired = OASFactory.createSecurityRequirement();
        security.forEach(requirement ->
                requirement.getSchemes().keySet().forEach(scheme -> tokenRequired.addScheme(scheme, List.of())));
        operation.setSecurity(List.of(tokenRequired));
        return roles.isEmpty()
                ? List.of("any authenticated")
                : roles.stream().distinct().sorted().toList();
    }

    private static void addRef(APIResponses responses, String status) {
        APIResponse existing = responses.getAPIResponse(status);
        // SmallRye's generic security responses have no content: replace them with problem+json.
        if (existing == null || (existing.getRef() == null && existing.getContent() == null)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(STANDARD_RESPONSES.get(status)));
        }
    }

    private static APIResponse problemResponse(String name) {
        var schema = OASFactory.createSchema().ref("Problem");
        var content = OASFactory.createContent()
                .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType().schema(schema));
        var response = OASFactory.createAPIResponse()
                .description(DESCRIPTIONS.get(name))
                .content(content);
        if (name.equals("ServiceUnavailable")) {
            response.addHeader("Retry-After", header("Seconds to wait before retrying", Schema.SchemaType.INTEGER));
        }
        if (name.equals("TooManyRequests")) {
            response.addHeader("Retry-After", header("Seconds until one more request fits", Schema.SchemaType.INTEGER))
                    .addHeader(
                            "RateLimit",
                            header(
                                    "The policy's remaining quota r and seconds to a full quota t",
                                    Schema.SchemaType.STRING))
                    .addHeader(
                            "RateLimit-Policy",
                            header("The policy's quota q per window w seconds", Schema.SchemaType.STRING));
        }
        return response;
    }

    private static Header header(String description, Schema.SchemaType type) {
        return OASFactory.createHeader()
                .description(description)
                .schema(OASFactory.createSchema().addType(type));
    }

    private static List<Operation> operations(PathItem item) {
        return item.getOperations() == null
                ? List.of()
                : List.copyOf(item.getOperations().values());
    }
}
