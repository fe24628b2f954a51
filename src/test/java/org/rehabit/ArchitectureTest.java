package org.rehabit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The package-by-feature rules of CONVENTIONS.md: ui -> service -> domain, features meet through services. */
class ArchitectureTest {

    static final String BASE = "org.rehabit";

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);

    @Test
    void domain_depends_on_neither_services_nor_ui() {
        noClasses().that().resideInAPackage("..domain..").should().dependOnClassesThat()
                .resideInAnyPackage("..service..", "..ui..").check(classes);
    }

    @Test
    void services_do_not_depend_on_ui() {
        noClasses().that().resideInAPackage("..service..").should().dependOnClassesThat()
                .resideInAPackage("..ui..").check(classes);
    }

    @Test
    void ui_never_touches_a_repository() {
        noClasses().that().resideInAPackage("..ui..").should().dependOnClassesThat()
                .areAssignableTo(Repository.class).check(classes);
    }

    @Test
    void repositories_are_used_only_by_their_own_features_services() {
        classes().that().areAssignableTo(Repository.class).should().onlyHaveDependentClassesThat()
                .resideInAnyPackage("..domain..", "..service..").check(classes);
    }

    @Test
    void repositories_are_called_from_transactional_code_only() {
        classes().that().areAssignableTo(Repository.class).should().onlyBeAccessed().byClassesThat()
                .areAnnotatedWith(Transactional.class).check(classes);
    }

    /**
     * Another feature's views, repositories and entities are its own; what it offers others is its services and
     * the records and enums they return. Entities therefore refer to other features' aggregates by id.
     */
    @Test
    void features_use_each_other_through_services_only() {
        classes().that().resideInAPackage(BASE + ".*..").should(new ArchCondition<JavaClass>(
                "reach other features only through their services and value types") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    var target = dependency.getTargetClass();
                    var targetFeature = feature(target);
                    if (targetFeature == null || targetFeature.equals(feature(origin)) || targetFeature.equals("base")) {
                        continue;
                    }
                    if (target.getPackageName().contains(".ui") || target.isAssignableTo(Repository.class)
                            || target.isAnnotatedWith(Entity.class)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        }).check(classes);
    }

    private static String feature(JavaClass javaClass) {
        var name = javaClass.getPackageName();
        if (!name.startsWith(BASE + ".")) {
            return null;
        }
        var rest = name.substring(BASE.length() + 1);
        return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
    }

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(classes);
    }
}
