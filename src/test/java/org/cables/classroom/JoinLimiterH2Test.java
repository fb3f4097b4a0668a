package org.cables.classroom;

import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;

@JdbcTest
class JoinLimiterH2Test extends JoinLimiterContract {
}
