package org.tongban.identity;

import java.util.Optional;
import java.util.Set;
import org.tongban.common.Divisions;

/**
 * Who is calling, as the token says: the subject, the acting client ({@code azp}) and the data
 * scope claims the realm maps from Keycloak user attributes. Built once per request by
 * {@link Callers}; services decide with it, never with raw claims.
 *
 * @param servicePoint clerks and kiosks: the service point they act at
 * @param department reviewers: the department whose cases they review
 * @param district supervisors: a district division code, or 350200 for the whole city; reviewers:
 *     the area whose body they review for (a division, a zone such as ftz, or 350200 for the city)
 * @param scope which cases the caller sees, built once from the roles and claims above
 */
public record Caller(
        String subject,
        String username,
        String displayName,
        Set<String> roles,
        String actingClient,
        Optional<String> servicePoint,
        Optional<String> department,
        Optional<String> district,
        Optional<ResidentId> residentId,
        Optional<String> phone,
        DataScope scope) {

    public Caller(
            String subject,
            String username,
            String displayName,
            Set<String> roles,
            String actingClient,
            Optional<String> servicePoint,
            Optional<String> department,
            Optional<String> district,
            Optional<ResidentId> residentId,
            Optional<String> phone) {
        this(
                subject,
                username,
                displayName,
                roles,
                actingClient,
                servicePoint,
                department,
                district,
                residentId,
                phone,
                DataScope.of(roles, servicePoint, department, district, residentId, actingClient));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Whether {@code phone} is the phone of the caller's own account (their token's phone claim). */
    public boolean holdsPhone(String phone) {
        return phone != null && this.phone.filter(phone::equals).isPresent();
    }

    public boolean isCitywideSupervisor() {
        return hasRole(Role.SUPERVISOR)
                && district.filter(Divisions.CITY::equals).isPresent();
    }

    @Override
    public String toString() {
        // Never print claims: the resident ID and phone are personal data.
        return "Caller[" + username + " via " + actingClient + "]";
    }
}
