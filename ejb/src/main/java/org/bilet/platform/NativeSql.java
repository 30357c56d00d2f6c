package org.bilet.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.hibernate.query.NativeQuery;

/**
 * Native SQL that names the tables it reads or writes. Hibernate cannot see inside native SQL: an
 * update that does not say which tables it touches empties every second-level and query cache
 * region, and any native statement first flushes every pending change. Named tables limit both.
 */
public final class NativeSql {

    private NativeSql() {
    }

    /** A native statement over these tables only. */
    public static Query over(EntityManager em, String sql, String... tables) {
        var query = em.createNativeQuery(sql);
        var nativeQuery = query.unwrap(NativeQuery.class);
        for (var table : tables) {
            nativeQuery.addSynchronizedQuerySpace(table);
        }
        return query;
    }
}
