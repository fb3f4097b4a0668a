package org.cables.staff;

import org.cables.testing.OnPostgres;

/** Staff sign-in counts on a real PostgreSQL server (runs when {@code cables.test.postgres.url} is set, as in .ci/run). */
@OnPostgres
class SignInGuardPostgresTest extends SignInGuardContract {
}
