package org.tongban.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tongban.testing.Api;

/** Problems answer in the language asked for; fields, codes and types are the same in every language. */
@QuarkusTest
class LanguagesTest {

    /** Invalid in several fields at once: an empty item code, a bad phone, no channel. */
    private static final Map<String, Object> INVALID =
            Map.of("itemCode", "", "contactPhone", "123", "form", Map.of(), "materials", List.of());

    private static JsonPath invalidSubmission(String language) {
        return Api.as("citizen-chen")
                .header("Accept-Language", language)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(INVALID)
                .post("/api/v1/applications")
                .then()
                .statusCode(400)
                .header("Content-Language", language.startsWith("en") ? "en" : "zh-CN")
                .header("Vary", org.hamcrest.Matchers.containsString("Accept-Language"))
                .extract()
                .jsonPath();
    }

    @Test
    void theSameProblemInChineseAndInEnglish() {
        JsonPath zh = invalidSubmission("zh-CN");
        JsonPath en = invalidSubmission("en-GB, zh;q=0.5");
        assertThat(zh.getString("type")).isEqualTo(en.getString("type"));
        assertThat(zh.getList("errors.field")).hasSizeGreaterThan(2).isEqualTo(en.getList("errors.field"));
        assertThat(zh.getList("errors.code")).isEqualTo(en.getList("errors.code"));
        assertThat(zh.getString("title")).isEqualTo("请求有误");
        assertThat(en.getString("title")).isEqualTo("Bad Request");
        assertThat(zh.getString("detail")).contains("个字段无效");
        assertThat(en.getString("detail")).contains("field(s) are invalid");
        List<String> zhMessages = zh.getList("errors.message");
        List<String> enMessages = en.getList("errors.message");
        for (int i = 0; i < zhMessages.size(); i++) {
            assertThat(zhMessages.get(i)).isNotBlank().isNotEqualTo(enMessages.get(i));
        }
        assertThat(zhMessages).anyMatch(m -> m.matches(".*\\p{IsHan}.*"));
    }

    @Test
    void chineseWhenTheClientAsksForNoLanguage() throws Exception {
        // Without RestAssured, whose filters name a language for every other test.
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/items?bogus=1"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Language")).hasValue("zh-CN");
        JsonPath problem = JsonPath.from(response.body());
        assertThat(problem.getString("errors[0].field")).isEqualTo("bogus");
        assertThat(problem.getString("errors[0].code")).isEqualTo("unknown-parameter");
        assertThat(problem.getString("errors[0].message")).isEqualTo("此操作没有该查询参数");
    }
}
