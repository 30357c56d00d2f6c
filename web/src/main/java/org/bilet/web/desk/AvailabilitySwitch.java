package org.bilet.web.desk;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.bilet.routing.AgentAvailability;
import org.bilet.routing.Availability;
import org.bilet.routing.AvailabilityInfo;

/** The available / away switch in the top bar of staff's screens. */
@Named
@RequestScoped
public class AvailabilitySwitch {

    @EJB
    Availability availability;

    private AvailabilityInfo current;

    public boolean isAvailable() {
        return current().available();
    }

    public void setAvailable(boolean available) {
        current = availability.setMine(available);
    }

    /** Away because Bilet set it after assignments timed out, so the switch can say why. */
    public boolean isAwayAfterTimeouts() {
        return !current().available() && current().awayReason() == AgentAvailability.AwayReason.TIMEOUTS;
    }

    private AvailabilityInfo current() {
        if (current == null) {
            current = availability.mine();
        }
        return current;
    }
}
