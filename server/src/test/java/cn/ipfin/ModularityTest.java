package cn.ipfin;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each business capability of the server is a module; none may reach into another's internals or form a cycle.
 * The core engines and the district generator are plain libraries (their own Maven modules), not capabilities.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(IpfinApplication.class,
            JavaClass.Predicates.resideInAnyPackage("cn.ipfin.core..", "cn.ipfin.datagen.."));

    @Test
    void modules_respect_their_boundaries() {
        MODULES.verify();
    }
}
