package org.tongban.catalog;

/**
 * The result of evaluating one rule: it holds, it does not, or it could not be evaluated (a field
 * left out, a value of the wrong type, a rule that does not compile) and {@code error} says why.
 */
public record RuleOutcome(boolean holds, String error) {

    static final RuleOutcome HOLDS = new RuleOutcome(true, null);
    static final RuleOutcome NOT_MET = new RuleOutcome(false, null);

    static RuleOutcome error(String error) {
        return new RuleOutcome(false, error);
    }

    public boolean isError() {
        return error != null;
    }
}
