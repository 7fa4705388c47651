package org.tongban.testing;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * The service answers in Chinese unless asked otherwise; tests read its English texts unless they
 * name a language themselves ({@code Accept-Language}). What a client that names none gets is
 * checked without RestAssured ({@code common.LanguagesTest}). Installed with {@link
 * ContractValidation} for every test class.
 */
public final class EnglishByDefault implements Filter {

    public static final EnglishByDefault INSTANCE = new EnglishByDefault();

    private EnglishByDefault() {}

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
        if (!request.getHeaders().hasHeaderWithName("Accept-Language")) {
            request.header("Accept-Language", "en");
        }
        return context.next(request, response);
    }
}
