package org.bilet.web.api;

/** Examples of the administration API's bodies for its OpenAPI description. */
final class AdminExamples {

    static final String USER = """
            {"username": "jkowalska", "firstName": "Joanna", "lastName": "Kowalska", "email": "joanna.kowalska@example.com",
             "roles": ["AGENT"], "organizationId": 3, "organization": "Acme Logistics / IT", "language": "pl",
             "timeZone": "Europe/Warsaw", "active": true, "directoryAccount": false, "createdAt": "2026-11-20T08:15:00Z",
             "name": "Joanna Kowalska"}""";

    static final String USER_PAGE = "{\"items\": [" + USER + "], \"total\": 1, \"page\": 0, \"size\": 20}";

    static final String NEW_USER = """
            {"username": "jkowalska", "firstName": "Joanna", "lastName": "Kowalska", "email": "joanna.kowalska@example.com",
             "roles": ["AGENT"], "organizationId": 3, "language": "pl", "timeZone": "Europe/Warsaw",
             "password": "correct-horse-battery"}""";

    static final String USER_PATCH = """
            {"lastName": "Nowak", "email": "joanna.nowak@example.com", "roles": ["AGENT", "MANAGER"], "active": false}""";

    static final String ORGANIZATION = """
            {"id": 4, "name": "Warehouse", "parentId": 3, "path": "Acme Logistics / Warehouse", "users": 12, "department": true}""";

    static final String NEW_TEAM = """
            {"key": "night-shift", "name": "Night shift", "email": "night@example.com"}""";

    static final String TEAM = """
            {"key": "night-shift", "name": "Night shift", "email": "night@example.com",
             "members": [{"username": "agent", "name": "Adam Agent"}]}""";

    static final String MEMBERS = """
            [{"username": "agent", "name": "Adam Agent"}, {"username": "agent2", "name": "Alice Agent"}]""";

    static final String NEW_CATEGORY = """
            {"key": "hardware.scanner", "name": "Scanners", "parent": "hardware", "team": "service-desk", "fields": ["asset-tag"],
             "translations": {"pl": "Skanery", "uk": "Сканери"}}""";

    static final String CATEGORY = """
            {"key": "hardware.scanner", "name": "Scanners", "parent": "hardware", "path": "Hardware / Scanners", "depth": 1,
             "team": "service-desk", "routedTeam": "service-desk", "fields": ["asset-tag"], "askedFields": ["asset-tag"],
             "translations": {"pl": "Skanery", "uk": "Сканери"}}""";

    static final String PRIORITY = """
            {"code": "URGENT", "name": "Urgent", "rank": 5, "resolutionHours": 4, "isDefault": false,
             "translations": {"pl": "Pilny", "uk": "Терміновий"}}""";

    static final String FIELD = """
            {"key": "device-kind", "label": "Kind of device", "type": "CHOICE", "choices": ["Laptop", "Desktop", "Phone"],
             "required": true, "active": true, "translations": {"pl": "Rodzaj urządzenia"},
             "choiceTranslations": {"Laptop": {"pl": "Laptop"}, "Desktop": {"pl": "Komputer stacjonarny"}, "Phone": {"pl": "Telefon"}}}""";

    static final String NEW_CANNED_RESPONSE = """
            {"title": "Password reset", "body": "Hello {requester.firstName},\\n\\nyour password is reset.", "active": true,
             "titleTranslations": {"pl": "Reset hasła"}, "bodyTranslations": {"pl": "Dzień dobry {requester.firstName},\\n\\nhasło zostało zresetowane."}}""";

    static final String CANNED_RESPONSE = """
            {"id": 7, "title": "Password reset", "body": "<p>Hello {requester.firstName},</p><p>your password is reset.</p>", "active": true,
             "titleTranslations": {"pl": "Reset hasła"},
             "bodyTranslations": {"pl": "<p>Dzień dobry {requester.firstName},</p><p>hasło zostało zresetowane.</p>"}}""";

    static final String AUDIT_PAGE = """
            {"items": [{"id": 311, "occurredAt": "2026-11-20T08:15:00Z", "actor": "admin", "actorName": "Ada Admin",
             "clientAddress": "10.0.0.8", "kind": "USER_CREATED", "subject": "jkowalska",
             "summary": "name: Joanna Kowalska; e-mail: joanna.kowalska@example.com; roles: [AGENT]"}],
             "total": 1, "page": 0, "size": 20}""";

    private AdminExamples() {
    }

    static final String IMPORT_JOB = """
            {"id": 12, "source": "rt", "kind": "TICKETS", "dryRun": false, "files": "tickets.csv, messages.csv",
             "startedBy": "admin", "createdAt": "2026-03-02T09:15:00Z", "state": "RUNNING", "total": 1200,
             "read": 400, "imported": 380, "skipped": 12, "bad": 8,
             "badRows": [{"file": "tickets.csv", "line": 17, "column": "Status", "message": "'deleted' is not a status Bilet knows for Request Tracker tickets; known: new, open, rejected, resolved, stalled."}]}""";

    static final String MAIL_TEMPLATES = """
            [{"topic": "RECEIVED", "language": "en", "reader": "REQUESTER", "edited": false},
             {"topic": "RECEIVED", "language": "pl", "reader": "REQUESTER", "edited": true, "changedBy": "admin",
              "changedByName": "Ada Admin", "changedAt": "2026-12-04T09:15:00Z"}]""";

    static final String MAIL_TEMPLATE = """
            {"topic": "RECEIVED", "language": "en", "reader": "REQUESTER", "subject": "[{{number}}] Received: {{subject}}",
             "body": "Hello {{name}},\\n\\nwe have received your request \\u201c{{subject}}\\u201d and registered it as {{number}}.\\n\\nFollow your request here: {{link}}",
             "edited": false, "standardSubject": "[{{number}}] Received: {{subject}}",
             "standardBody": "Hello {{name}},\\n\\nwe have received your request \\u201c{{subject}}\\u201d and registered it as {{number}}.\\n\\nFollow your request here: {{link}}",
             "placeholders": ["name", "number", "subject", "link", "by"], "version": 0}""";

    static final String MAIL_TEMPLATE_WORDING = """
            {"subject": "[{{number}}] We have your request: {{subject}}",
             "body": "Hello {{name}},\\n\\nthank you: {{number}} is in our queue.\\n\\nFollow it here: {{link}}", "version": 0}""";

    static final String MAIL_PREVIEW = """
            {"subject": "[BIL-000123] We have your request: The printer on floor 3 jams",
             "text": "Hello Rita,\\n\\nthank you: BIL-000123 is in our queue.\\n\\nFollow it here: https://bilet.example/portal/ticket.xhtml?number=BIL-000123\\n",
             "html": "<!DOCTYPE html><html><body style=\\"font-family: sans-serif\\"><p>Hello Rita,</p>…</body></html>"}""";
}
