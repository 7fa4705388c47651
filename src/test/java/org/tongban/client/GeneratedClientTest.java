package org.tongban.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tongban.client.api.ApplicationsApi;
import org.tongban.client.api.CatalogueApi;
import org.tongban.client.api.ProcessingApi;
import org.tongban.client.api.RatingsApi;
import org.tongban.client.api.ServiceNetworkApi;
import org.tongban.client.model.AcceptRequest;
import org.tongban.client.model.ActionRequest;
import org.tongban.client.model.AdvanceRequest;
import org.tongban.client.model.ApplicationState;
import org.tongban.client.model.ApplicationView;
import org.tongban.client.model.ApproveRequest;
import org.tongban.client.model.Channel;
import org.tongban.client.model.DeliverRequest;
import org.tongban.client.model.Delivery;
import org.tongban.client.model.EventView;
import org.tongban.client.model.ExampleApplication;
import org.tongban.client.model.GeoPoint;
import org.tongban.client.model.OfferedMaterial;
import org.tongban.client.model.RatingRequest;
import org.tongban.client.model.RatingView;
import org.tongban.client.model.RoutingDecision;
import org.tongban.client.model.Satisfaction;
import org.tongban.client.model.SubmitRequest;
import org.tongban.client.model.WindowPickup;
import org.tongban.testing.Api;
import org.tongban.testing.Tokens;

/**
 * A whole case through the Java client that the build generates from openapi/tongban.yaml (into
 * target/, never committed), as a client developer would use it: nothing but that client and a
 * token from Keycloak.
 */
@QuarkusTest
class GeneratedClientTest {

    private static final String ITEM = "gjj-withdraw-leave-city";
    private static final Map<String, String> CLERK_OF_POINT = Map.of(
            "city-centre", "clerk-city",
            "siming-centre", "clerk-siming",
            "haicang-centre", "clerk-haicang",
            "xiangan-centre", "clerk-xiangan");

    @TestHTTPResource("/")
    URL service;

    @Test
    void aCitizenAppliesWithTheItemsExampleAndTheCaseIsHandledRatedAndExplained() throws ApiException {
        var catalogue = new CatalogueApi(client(null));
        assertThat(catalogue
                        .apiV1ItemsGet(null, null, null, null, null, 100, ITEM, null)
                        .getItems())
                .anySatisfy(item -> assertThat(item.getCode()).isEqualTo(ITEM));
        ExampleApplication example = catalogue
                .apiV1ItemsCodeGet(ITEM, null)
                .getVersion()
                .getStandard()
                .getExample();
        assertThat(example.getForm()).isNotEmpty();

        var nearby = new ServiceNetworkApi(client(null)).apiV1ServicePointsGet(null, ITEM, 24.49, 5, 118.04, null);
        assertThat(nearby).isNotEmpty();

        String citizen = Tokens.of("citizen-chen");
        ApplicationView submitted = new ApplicationsApi(client(citizen))
                .apiV1ApplicationsPost(
                        UUID.randomUUID().toString(),
                        new SubmitRequest()
                                .itemCode(ITEM)
                                .channel(Channel.MOBILE)
                                .form(example.getForm())
                                .materials(handedInByChen(example.getMaterials()))
                                .location(new GeoPoint().lat(24.49).lon(118.04))
                                .contactPhone("13800000001"));
        String number = submitted.getNumber();
        assertThat(submitted.getState()).isEqualTo(ApplicationState.RECEIVED);

        RoutingDecision routing = new ApplicationsApi(client(citizen)).apiV1ApplicationsNumberRoutingGet(number);
        assertThat(routing.getExplanation()).isNotBlank();
        String clerk = CLERK_OF_POINT.get(routing.getHandlingPoint());
        assertThat(clerk)
                .as("a demo clerk works at %s", routing.getHandlingPoint())
                .isNotNull();

        act(clerk, number, new ActionRequest(new AcceptRequest().action(AcceptRequest.ActionEnum.ACCEPT)));
        act("reviewer-gjj", number, new ActionRequest(new AdvanceRequest().action(AdvanceRequest.ActionEnum.ADVANCE)));
        act("reviewer-gjj", number, new ActionRequest(new ApproveRequest().action(ApproveRequest.ActionEnum.APPROVE)));
        ApplicationView delivered = act(
                clerk,
                number,
                new ActionRequest(new DeliverRequest()
                        .action(DeliverRequest.ActionEnum.DELIVER)
                        .delivery(new Delivery(new WindowPickup().method(WindowPickup.MethodEnum.WINDOW_PICKUP)))));
        assertThat(delivered.getState()).isEqualTo(ApplicationState.COMPLETED);

        assertThat(new ProcessingApi(client(citizen)).apiV1ApplicationsNumberEventsGet(number))
                .extracting(EventView::getAction)
                .containsSubsequence("SUBMIT", "ACCEPT", "APPROVE", "DELIVER");

        RatingView rating = new RatingsApi(client(citizen))
                .apiV1ApplicationsNumberRatingPost(
                        number,
                        new RatingRequest()
                                .satisfaction(Satisfaction.VERY_SATISFIED)
                                .channel(Channel.MOBILE));
        assertThat(rating.getLevel()).isEqualTo(1);
        assertThat(rating.getRectification()).isNull();
    }

    /** Reads the application's ETag through the client, then acts with it in If-Match. */
    private ApplicationView act(String user, String number, ActionRequest action) throws ApiException {
        String token = Tokens.of(user, "tongban-clerk");
        String etag = new ApplicationsApi(client(token))
                .apiV1ApplicationsNumberGetWithHttpInfo(number)
                .getHeaders()
                .get("etag")
                .getFirst();
        return new ProcessingApi(client(token)).apiV1ApplicationsNumberActionsPost(number, action, etag);
    }

    private ApiClient client(String token) {
        var client = new ApiClient();
        client.updateBaseUri(service.toString().replaceFirst("/$", ""));
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    /** The example's e-licences are its synthetic holder's: a citizen hands in their own. */
    private static List<OfferedMaterial> handedInByChen(List<OfferedMaterial> materials) {
        return materials.stream()
                .map(m -> m.getReference().startsWith("E-LICENCE:ID_CARD:")
                        ? new OfferedMaterial().code(m.getCode()).reference("E-LICENCE:ID_CARD:" + Api.CHEN_ID)
                        : m)
                .toList();
    }
}
