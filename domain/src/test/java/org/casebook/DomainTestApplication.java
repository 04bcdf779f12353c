package org.casebook;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The domain module's tests run against this configuration; it is left out of the test-jar. */
@SpringBootApplication
class DomainTestApplication {}
