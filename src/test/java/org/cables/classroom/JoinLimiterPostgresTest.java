package org.cables.classroom;

import org.cables.testing.OnPostgres;

@OnPostgres
class JoinLimiterPostgresTest extends JoinLimiterContract {
}
