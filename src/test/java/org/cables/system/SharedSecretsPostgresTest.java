package org.cables.system;

import org.cables.testing.OnPostgres;

/** Shared secrets on a real PostgreSQL server (runs when {@code cables.test.postgres.url} is set, as in .ci/run). */
@OnPostgres
class SharedSecretsPostgresTest extends SharedSecretsContract {
}
