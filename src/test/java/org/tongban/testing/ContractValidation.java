package org.tongban.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.RestAssured;
import io.restassured.authentication.PreemptiveOAuth2HeaderScheme;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks every request a test sends to the service, and the answer, against the committed contract
 * ({@code openapi/tongban.yaml}): a mismatch fails the test. {@link ContractValidationInstaller}
 * installs it for every test class, so no test can forget it. A test leaves the contract only with
 * a named reason, through {@link #requestBreaksIt} (a deliberately invalid request; the answer is
 * still checked) or {@link #notInIt} (a path the contract does not describe).
 */
public final class ContractValidation implements Filter {

    public static final Path CONTRACT = Path.of("openapi", "tongban.yaml");

    static final ContractValidation INSTANCE = new ContractValidation();

    private static final class Validator {
        static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator.createForSpecificationUrl(
                        CONTRACT.toAbsolutePath().toUri().toString())
                .build();
    }

    private ContractValidation() {}

    /** The request breaks the contract on purpose (to prove it is refused); the answer must still fit it. */
    public static Filter requestBreaksIt(String reason) {
        return new Exemption(reason, true);
    }

    /** The path is not part of the API the contract describes (management endpoints, test probes). */
    public static Filter notInIt(String reason) {
        return new Exemption(reason, false);
    }

    /** A named way out; it does nothing itself but is seen by the validation filter. */
    private record Exemption(String reason, boolean checkResponse) implements Filter {

        Exemption {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("Leaving the contract needs a reason");
            }
        }

        @Override
        public Response filter(
                FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext ctx) {
            return ctx.next(request, response);
        }
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification responseSpec, FilterContext ctx) {
        if (!toTheService(request)) {
            return ctx.next(request, responseSpec);
        }
        Response response = ctx.next(request, responseSpec);
        Optional<Exemption> exemption = request.getDefinedFilters().stream()
                .filter(Exemption.class::isInstance)
                .map(Exemption.class::cast)
                .findFirst();
        if (exemption.isPresent() && !exemption.get().checkResponse()) {
            return response;
        }
        // The validator cannot read a multipart body (it reports one missing): only the answer is checked.
        boolean multipart = !request.getMultiPartParams().isEmpty();
        ValidationReport report = validate(request, response, exemption.isEmpty() && !multipart);
        if (report.hasErrors()) {
            throw new AssertionError(request.getMethod() + " " + request.getURI() + " answered "
                    + response.statusCode() + ", which does not fit " + CONTRACT + ":\n"
                    + report.getMessages().stream()
                            .map(message -> "  - " + message.getKey() + ": " + message.getMessage())
                            .collect(Collectors.joining("\n"))
                    + "\n  body: " + abbreviate(response.asString()));
        }
        return response;
    }

    /**
     * One validation at a time: the validator runs in the service's own JVM, and tests that send
     * fifty requests at once (numbering under load) must not starve the service of CPU with fifty
     * schema validations.
     */
    private static synchronized ValidationReport validate(
            FilterableRequestSpecification request, Response response, boolean checkRequest) {
        Request sent = sent(request);
        return checkRequest
                ? Validator.VALIDATOR.validate(sent, RestAssuredResponse.of(response))
                : Validator.VALIDATOR.validateResponse(
                        sent.getPath(), sent.getMethod(), RestAssuredResponse.of(response));
    }

    /** The request as sent: RestAssured adds an oauth2() token only on the wire, the validator must see it. */
    private static Request sent(FilterableRequestSpecification request) {
        Request described = RestAssuredRequest.of(request);
        if (!(request.getAuthenticationScheme() instanceof PreemptiveOAuth2HeaderScheme bearer)) {
            return described;
        }
        var withToken = new SimpleRequest.Builder(described.getMethod(), described.getPath())
                .withAuthorization(bearer.generateAuthToken());
        described.getHeaders().forEach((name, values) -> withToken.withHeader(name, List.copyOf(values)));
        described
                .getQueryParameters()
                .forEach(name -> withToken.withQueryParam(name, List.copyOf(described.getQueryParameterValues(name))));
        described.getRequestBody().ifPresent(withToken::withBody);
        return withToken.build();
    }

    /** Calls to Keycloak (tokens) or a webhook receiver are not calls to the service. */
    private static boolean toTheService(FilterableRequestSpecification request) {
        URI uri = URI.create(request.getURI());
        return uri.getPort() == RestAssured.port;
    }

    private static String abbreviate(String body) {
        return body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
    }
}
