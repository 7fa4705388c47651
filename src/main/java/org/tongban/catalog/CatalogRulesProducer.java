package org.tongban.catalog;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Makes the catalogue's pure rule classes injectable. One instance each: they are thread-safe and
 * cache compiled rules and schemas, so sharing them is what makes the caches work.
 */
@Singleton
public class CatalogRulesProducer {

    @Produces
    @Singleton
    FormSchema formSchema() {
        return new FormSchema();
    }

    @Produces
    @Singleton
    AcceptanceRules acceptanceRules() {
        return new AcceptanceRules();
    }

    @Produces
    @Singleton
    ApplicationCheck applicationCheck(FormSchema schemas, AcceptanceRules rules) {
        return new ApplicationCheck(schemas, rules);
    }

    @Produces
    @Singleton
    PublishingRules publishingRules(FormSchema schemas, AcceptanceRules rules) {
        return new PublishingRules(schemas, rules);
    }
}
