package org.bilet.desk;

import java.util.List;

/** What a bulk change did: the tickets changed, and each refusal with its reason. */
public record BulkResult(List<String> changed, List<Refusal> refused) {

    public enum Reason { CHANGED_MEANWHILE, NOT_ALLOWED, INVALID }

    public record Refusal(String number, Reason reason, String detail) {
    }
}
