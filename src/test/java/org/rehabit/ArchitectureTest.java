package org.rehabit;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The package-by-feature rules of CONTRIBUTING.md: ui -> service -> domain, features meet through services. */
class ArchitectureTest {

    static final String BASE = "org.rehabit";
    /** Repositories written in SQL (JdbcClient) rather than Spring Data. */
    static final Class<org.springframework.stereotype.Repository> REPOSITORY = org.springframework.stereotype.Repository.class;

    /** Imported once for all the rules: reading the classes is the slow part. */
    private static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);

    /**
     * A feature's domain is below its services and views. It may use the records another feature's services return
     * (the adherence ledger works on prescribed routines), never its own feature's services.
     */
    @Test
    void domain_depends_on_neither_its_services_nor_any_ui() {
        noClasses().that().resideInAPackage("..domain..").should().dependOnClassesThat().resideInAPackage("..ui..")
                .check(classes);
        classes().that().resideInAPackage("..domain..").should(new ArchCondition<JavaClass>(
                "not depend on the services of their own feature") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    var target = dependency.getTargetClass();
                    if (feature(origin).equals(feature(target)) && target.getPackageName().endsWith(".service")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        }).check(classes);
    }

    /**
     * What a check-off sets off flows one way: the day ({@code adherence}) publishes events; {@code alerts},
     * {@code messages} and {@code progress} listen. The day never knows who listens, and alerts never know the read
     * model. What leaves the portal ({@code notifications}) hears the others; none of them knows it.
     */
    @Test
    void the_day_knows_neither_alerts_nor_progress_and_alerts_do_not_know_progress() {
        noClasses().that().resideInAPackage(BASE + ".adherence..").should().dependOnClassesThat()
                .resideInAnyPackage(BASE + ".alerts..", BASE + ".progress..", BASE + ".messages..").check(classes);
        noClasses().that().resideInAnyPackage(BASE + ".messages..", BASE + ".alerts..", BASE + ".progress..",
                BASE + ".adherence..").should().dependOnClassesThat().resideInAPackage(BASE + ".notifications..")
                .check(classes);
        noClasses().that().resideInAPackage(BASE + ".alerts..").should().dependOnClassesThat()
                .resideInAPackage(BASE + ".progress..").check(classes);
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
        classes().that().areAssignableTo(Repository.class).or().areAnnotatedWith(REPOSITORY).should()
                .onlyHaveDependentClassesThat().resideInAnyPackage("..domain..", "..service..").check(classes);
    }

    @Test
    void repositories_are_called_from_transactional_code_only() {
        // a repository's own code (its row mappers) is the other exception
        classes().that().areAssignableTo(Repository.class).or().areAnnotatedWith(REPOSITORY).should()
                .onlyBeAccessed().byClassesThat(annotatedWith(Transactional.class).or(annotatedWith(REPOSITORY)))
                .check(classes);
    }

    /**
     * Another feature's views, repositories and entities are its own; what it offers others is its services, the
     * records and enums they return, and public UI pieces (its {@code *Navigation} links, panels such as the alerts
     * panel). Entities therefore refer to other features' aggregates by id.
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
                    if (targetFeature == null || targetFeature.equals(feature(origin))
                            || targetFeature.equals("base")) {
                        continue;
                    }
                    if (target.isAnnotatedWith(Route.class) || target.isAssignableTo(Repository.class)
                            || target.isAnnotatedWith(Entity.class) || target.isAnnotatedWith(REPOSITORY)) {
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
