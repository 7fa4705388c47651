package org.tongban.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The natural person acting for the applicant (代理人; for an organisation, its 经办人), recorded
 * beside the applicant. Their authority is a material of the item where its standard asks for one.
 */
public record AgentIdentity(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 18) String idNumber) {

    @Override
    public String toString() {
        return "AgentIdentity[" + name + "]";
    }
}
