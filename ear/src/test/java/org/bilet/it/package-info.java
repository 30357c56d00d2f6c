/**
 * Black-box tests of the assembled EAR on the provisioned WildFly and a real MariaDB, through the
 * REST API as clients use it. The server runs with the demo data, whose logins the tests use.
 */
package org.bilet.it;
