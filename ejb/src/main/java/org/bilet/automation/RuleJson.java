package org.bilet.automation;

import static org.bilet.platform.SharedJson.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;

/** How a rule's conditions and actions are stored: JSON arrays of their definitions. */
final class RuleJson {

    private RuleJson() {
    }

    static String conditions(List<RuleCondition> conditions) {
        var array = JSON.createArrayBuilder();
        conditions.stream().map(RuleCondition::definition).forEach(c -> array.add(object("field", c.field(), "operator", c.operator(), "value", c.value())));
        return array.build().toString();
    }

    static String actions(List<RuleAction> actions) {
        var array = JSON.createArrayBuilder();
        actions.stream().map(RuleAction::definition).forEach(a -> array.add(object("type", a.type(), "value", a.value(), "field", a.field())));
        return array.build().toString();
    }

    static List<RuleDefinition.Condition> conditions(String stored) {
        return objects(stored).stream().map(o -> new RuleDefinition.Condition(text(o, "field"), text(o, "operator"), text(o, "value"))).toList();
    }

    static List<RuleDefinition.Action> actions(String stored) {
        return objects(stored).stream().map(o -> new RuleDefinition.Action(text(o, "type"), text(o, "value"), text(o, "field"))).toList();
    }

    private static JsonObjectBuilder object(String... namesAndValues) {
        var object = JSON.createObjectBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                object.add(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return object;
    }

    private static List<JsonObject> objects(String stored) {
        try (var reader = JSON.createReader(new StringReader(stored))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }

    private static String text(JsonObject object, String name) {
        var value = object.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : object.getString(name);
    }
}
