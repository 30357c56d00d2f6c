package org.bilet.web.desk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.stream.Collectors;
import org.bilet.people.Directory;
import org.bilet.people.TeamInfo;

/**
 * Teams by name in lists whose rows carry their keys (the queue): the teams are read once per
 * request, whatever the number of rows. A key without a name shows as it is. (What administrators
 * name in every language comes from {@code #{names}}.)
 */
@Named("teamNames")
@RequestScoped
public class TeamNames {

    @Inject
    Directory directory;

    private Map<String, String> teams;

    public String team(String key) {
        if (teams == null) {
            teams = directory.teams().stream().filter(t -> t.name() != null)
                    .collect(Collectors.toMap(TeamInfo::key, TeamInfo::name, (first, second) -> first));
        }
        return key == null ? null : teams.getOrDefault(key, key);
    }
}
