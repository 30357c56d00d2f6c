package org.bilet.admin;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A category as the administration shows it: where it sits in the tree, its own team and fields,
 * and what a ticket of it actually gets (the team routed to, the fields asked for with ancestors'),
 * and its name in other languages.
 */
public record CategoryNode(String key, String name, String parent, String path, int depth, String team,
                           String routedTeam, List<String> fields, List<String> askedFields, Map<String, String> translations) implements Serializable {
}
