package org.bilet.it;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;

/** Reloads the test server (its services and deployments start again, as after a restart) and waits until Bilet answers. */
public final class ServerReload {

    private ServerReload() {
    }

    public static void reload(ManagementClient management, Api anonymous) throws Exception {
        var reload = new ModelNode();
        reload.get("operation").set("reload");
        reload.get("address").setEmptyList();
        try {
            management.getControllerClient().execute(reload);
        } catch (IOException dropped) {
            // The server may close the management connection before it answers: the reload goes on.
        }
        var deadline = Instant.now().plus(Duration.ofMinutes(2));
        Thread.sleep(1_000);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (management.isServerInRunningState() && anonymous.get("/health/ready").status() == 200) {
                    return;
                }
            } catch (RuntimeException stillRestarting) {
                // The management or HTTP port is not back yet.
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Bilet did not come back within two minutes of the reload");
    }
}
