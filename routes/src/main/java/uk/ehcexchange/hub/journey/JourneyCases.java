package uk.ehcexchange.hub.journey;

import org.springframework.stereotype.Service;

/** STUB for helper review until helper assess's journey framework lands. */
@Service
public class JourneyCases {
    public String forPlan(String council, String planId) {
        return council + ":" + planId;
    }
}
