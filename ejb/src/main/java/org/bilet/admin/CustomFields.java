package org.bilet.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.bilet.audit.AuditKind;
import org.bilet.audit.AuditTrail;
import org.bilet.audit.ChangeSummary;
import org.bilet.catalog.CustomFieldDefinition;
import org.bilet.catalog.CustomFieldType;
import org.bilet.people.Roles;
import org.bilet.platform.ConflictException;
import org.bilet.platform.DuplicateException;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.Problems;
import org.bilet.platform.ResourceNotFoundException;
import org.bilet.platform.Versioned;
import org.bilet.translations.ChoiceTranslations;
import org.bilet.translations.Translations;

/**
 * Custom ticket fields: defined with a type, changed, and switched off rather than deleted, since
 * tickets keep their values. A change that would make stored values wrong (another type, a
 * choice taken away that tickets use) is refused.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class CustomFields {

    private static final int MAX_CHOICES_LENGTH = 2000;
    /** As long as the label may be; a choice's translation as long. */
    private static final int MAX_LABEL = 200;
    private static final int MAX_HELP = 500;

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** Active and inactive ones, by key. */
    public List<FieldDefinition> all() {
        return em.createQuery("select f from CustomFieldDefinition f order by f.key", CustomFieldDefinition.class)
                .getResultStream().map(CustomFields::definition).toList();
    }

    /** One field with the version the API sends as the ETag. */
    public Versioned<FieldDefinition> read(@NotNull String key) {
        var field = existing(key);
        return new Versioned<>(definition(field), field.version());
    }

    public FieldDefinition create(@NotNull @Valid FieldDefinition definition) {
        if (find(definition.key()) != null) {
            throw DuplicateException.of("key", "There is already a custom field with the key '" + definition.key() + "'.");
        }
        var choices = choices(definition);
        CustomFieldDefinition field;
        try {
            field = new CustomFieldDefinition(definition.key(), definition.label().strip(), definition.type(), choices,
                    definition.required());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("choices", "The choices are not right: " + e.getMessage() + ".");
        }
        if (!definition.active()) {
            field.deactivate();
        }
        var problems = new Problems();
        var label = Translations.check("translations", definition.translations(), MAX_LABEL, problems);
        var choiceNames = ChoiceTranslations.check("choiceTranslations", definition.choiceTranslations(), choices, MAX_LABEL, problems);
        var help = Translations.check("helpTranslations", definition.helpTranslations(), MAX_HELP, problems);
        problems.throwIfAny();
        field.translate(label, choiceNames);
        field.explain(definition.help(), help);
        em.persist(field);
        var summary = ChangeSummary.of().value("label", field.label())
                .value("type", field.type()).value("choices", field.choices()).value("required", field.required())
                .value("active", field.active());
        if (!label.isEmpty()) {
            summary.value("translations", label);
        }
        if (!choiceNames.isEmpty()) {
            summary.value("choice translations", choiceNames);
        }
        if (field.help() != null) {
            summary.value("help", field.help());
        }
        audit.record(AuditKind.FIELD_CREATED, field.key(), summary);
        return definition(field);
    }

    public FieldDefinition change(@NotNull @Valid FieldDefinition definition) {
        var field = existing(definition.key());
        change(field, definition);
        return definition(field);
    }

    /** {@link #change(FieldDefinition)} if the field is still at the version the caller read. */
    public Versioned<FieldDefinition> change(@NotNull @Valid FieldDefinition definition, long expectedVersion) {
        var field = existing(definition.key());
        var what = "Custom field " + definition.key();
        Versioned.check(what, field.version(), expectedVersion);
        change(field, definition);
        Versioned.flush(em, what, expectedVersion);
        return new Versioned<>(definition(field), field.version());
    }

    private void change(CustomFieldDefinition field, FieldDefinition definition) {
        var choices = choices(definition);
        if (definition.type() != field.type() && valuesStored(field.key(), null) > 0) {
            throw new ConflictException("Tickets already have values for " + field.label() + ", so its type stays "
                    + field.type() + "; define a new field instead.");
        }
        if (field.type() == CustomFieldType.CHOICE) {
            var removed = field.choices().stream().filter(c -> !choices.contains(c)).toList();
            if (!removed.isEmpty() && valuesStored(field.key(), removed) > 0) {
                throw new ConflictException("Tickets use the choices being removed from " + field.label() + " ("
                        + String.join(", ", removed) + "); keep them.");
            }
        }
        var problems = new Problems();
        var label = definition.translations() == null ? field.labelTranslations()
                : Translations.check("translations", definition.translations(), MAX_LABEL, problems);
        var choiceNames = definition.choiceTranslations() == null ? field.choiceTranslations().keepingOnly(choices)
                : ChoiceTranslations.check("choiceTranslations", definition.choiceTranslations(), choices, MAX_LABEL, problems);
        var help = definition.helpTranslations() == null ? field.helpTranslations()
                : Translations.check("helpTranslations", definition.helpTranslations(), MAX_HELP, problems);
        var helpText = definition.help() == null || definition.help().isBlank() ? null : definition.help().strip();
        problems.throwIfAny();
        var summary = ChangeSummary.of()
                .change("label", field.label(), definition.label().strip())
                .change("type", field.type(), definition.type())
                .change("choices", String.join(", ", field.choices()), String.join(", ", choices))
                .change("required", field.required(), definition.required())
                .change("active", field.active(), definition.active())
                .change("translations", field.labelTranslations(), label)
                .change("choice translations", field.choiceTranslations(), choiceNames)
                .change("help", field.help(), helpText)
                .change("help translations", field.helpTranslations(), help);
        if (!summary.isEmpty()) {
            try {
                field.redefine(definition.label().strip(), definition.type(), choices, definition.required());
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("choices", "The choices are not right: " + e.getMessage() + ".");
            }
            field.translate(label, choiceNames);
            field.explain(helpText, help);
            if (definition.active()) {
                field.activate();
            } else {
                field.deactivate();
            }
            audit.record(AuditKind.FIELD_CHANGED, field.key(), summary);
        }
    }

    /** Choices belong to CHOICE fields; blank lines are dropped, the rest stripped. */
    private static List<String> choices(FieldDefinition definition) {
        if (definition.type() != CustomFieldType.CHOICE) {
            return List.of();
        }
        var choices = definition.choices().stream().filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
        if (String.join("|", choices).length() > MAX_CHOICES_LENGTH) {
            throw InvalidInputException.of("choices", "The choices have " + MAX_CHOICES_LENGTH + " characters at most together.");
        }
        return choices;
    }

    /** How many tickets have a value for the field (one of {@code values} when given). */
    private long valuesStored(String key, List<String> values) {
        var query = em.createQuery("select count(t) from Ticket t join t.customValues v where key(v) = :key"
                + (values == null ? "" : " and value(v) in :values"), Long.class).setParameter("key", key);
        if (values != null) {
            query.setParameter("values", values);
        }
        return query.getSingleResult();
    }

    private CustomFieldDefinition existing(String key) {
        var field = find(key);
        if (field == null) {
            throw new ResourceNotFoundException("There is no custom field '" + key + "'.");
        }
        return field;
    }

    private CustomFieldDefinition find(String key) {
        return em.createQuery("select f from CustomFieldDefinition f where f.key = :key", CustomFieldDefinition.class)
                .setParameter("key", key).getResultStream().findFirst().orElse(null);
    }

    private static FieldDefinition definition(CustomFieldDefinition f) {
        return new FieldDefinition(f.key(), f.label(), f.type(), f.choices(), f.required(), f.active(),
                f.labelTranslations().asMap(), f.choiceTranslations().texts(), f.help(), f.helpTranslations().asMap());
    }
}
