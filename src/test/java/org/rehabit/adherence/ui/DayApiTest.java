package org.rehabit.adherence.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.adherence.TestRoutines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The day's JSON API as the page in the browser uses it, through the real security filters: reading the day,
 * actions applied once under their keys whatever is sent again, the stop rule and its alert, and everyone else's
 * requests refused. Each test has a patient of its own who follows {@link TestRoutines#daily} from today.
 */
@IntegrationTest
class DayApiTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    Clock clock;

    MockMvc mvc;
    TestAccount therapist;
    TestAccount patient;
    LocalDate today;

    @BeforeEach
    void makeAPatientWithADailyRoutine() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        today = LocalDate.now(clock);
        therapist = data.therapist();
        patient = data.patientOf(therapist);
        data.routine(patient, TestRoutines.daily(jdbc, today));
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void the_day_comes_with_its_texts_doses_stop_rules_and_timers_and_is_never_cached() throws Exception {
        var result = mvc.perform(get("/api/v1/day/" + today).with(as(patient))).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
        assertThat(result.getResponse().getHeader(DayApi.CSRF_TOKEN)).isNotBlank();
        var day = body(result);
        assertThat(day.get("version").asInt()).isEqualTo(DayDocument.VERSION);
        assertThat(day.get("account").asLong()).isEqualTo(patient.id());
        assertThat(day.get("state").asString()).isEqualTo("check-in");
        assertThat(day.get("texts").get("check-in.title").asString()).isEqualTo("Before you start");
        var tilt = item(day, "Neck tilt");
        assertThat(tilt.get("dosage").asString()).isEqualTo("1 set, 5 reps, hold 5 s");
        assertThat(tilt.get("stopRule").get("neck").asBoolean()).isTrue();
        assertThat(tilt.get("timer").get("mode").asString()).isEqualTo("hold");
        assertThat(tilt.get("part").get("chips").get(2).get("label").asString()).isEqualTo("3 of 5 reps");
        assertThat(tilt.get("links").get(0).get("href").asString())
                .isEqualTo("messages?exercise=" + tilt.get("exerciseId").asLong() + "&day=" + today);
        var crunch = item(day, "Half crunch");
        assertThat(crunch.get("stopRule").get("neck").asBoolean()).isFalse();
        assertThat(crunch.get("stopRule").get("at").asInt()).isEqualTo(7);
        assertThat(crunch.get("timer").get("mode").asString()).isEqualTo("reps");
    }

    @Test
    void actions_sent_twice_are_applied_once_and_answered_with_the_day_as_it_stands() throws Exception {
        var day = body(mvc.perform(get("/api/v1/day/" + today).with(as(patient))).andReturn());
        var actions = List.of(checkIn(false, false),
                exercise(item(day, "Neck tilt"), Map.of("status", "DONE")),
                exercise(item(day, "Half crunch"), Map.of("status", "PARTLY", "partDone", 1)),
                exercise(item(day, "Half crunch"), Map.of("difficulty", "EASY")));

        var first = body(send(today, actions));
        var again = body(send(today, actions));

        assertThat(first.get("results").valueStream().map(r -> r.get("result").asString()))
                .containsOnly("APPLIED");
        assertThat(again.get("results").valueStream().map(r -> r.get("result").asString()))
                .containsOnly("ALREADY_APPLIED");
        assertThat(jdbc.queryForObject(
                "select count(*) from exercise_log l join exercise_session s on s.id = l.session_id where s.patient_id = ?",
                Long.class,
                patient.id())).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor_id = ? "
                + "and action = 'RECORDED_EXERCISE'", Long.class, patient.id())).isEqualTo(3);
        var shown = again.get("day");
        assertThat(shown.get("state").asString()).isEqualTo("exercises");
        var crunchLog = shown.get("logs").valueStream()
                .filter(log -> log.get("itemId").asLong() == item(day, "Half crunch").get("id").asLong())
                .findFirst().orElseThrow();
        assertThat(crunchLog.get("status").asString()).isEqualTo("PARTLY");
        assertThat(crunchLog.get("partDone").asInt()).isEqualTo(1);
        assertThat(crunchLog.get("difficulty").asString()).isEqualTo("EASY");
    }

    @Test
    void pain_rising_in_a_neck_exercise_stops_it_and_alerts_the_therapist() throws Exception {
        var day = body(mvc.perform(get("/api/v1/day/" + today).with(as(patient))).andReturn());
        var answer = body(send(today, List.of(checkIn(false, false), session(Map.of("painBefore", 2)),
                exercise(item(day, "Neck tilt"), Map.of("pain", 3)))));

        assertThat(answer.get("results").get(2).get("mustStop").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from patient_alert where patient_id = ? and kind = 'PAIN_STOP'",
                Long.class, patient.id())).isEqualTo(1);
    }

    @Test
    void a_refused_action_says_why_and_the_others_are_applied() throws Exception {
        var day = body(mvc.perform(get("/api/v1/day/" + today).with(as(patient))).andReturn());
        var answer = body(send(today, List.of(exercise(item(day, "Neck tilt"), Map.of("status", "DONE")),
                checkIn(false, false), exercise(item(day, "Neck tilt"), Map.of("status", "PARTLY", "partDone", 9)),
                exercise(item(day, "Neck tilt"), Map.of("status", "DONE")))));

        var results = answer.get("results");
        assertThat(results.get(0).get("result").asString()).isEqualTo("REFUSED");
        assertThat(results.get(0).get("message").asString()).isEqualTo("Please answer the questions before you start.");
        assertThat(results.get(1).get("result").asString()).isEqualTo("APPLIED");
        assertThat(results.get(2).get("message").asString()).startsWith("Pick less than your routine asks for");
        assertThat(results.get(3).get("result").asString()).isEqualTo("APPLIED");
    }

    @Test
    void another_patients_exercise_a_day_to_come_and_a_malformed_day_are_refused() throws Exception {
        var other = data.patientOf(data.therapist());
        data.routine(other, TestRoutines.daily(jdbc, today));
        var othersDay = body(mvc.perform(get("/api/v1/day/" + today).with(as(other))).andReturn());

        var answer = body(send(today, List.of(checkIn(false, false),
                exercise(item(othersDay, "Neck tilt"), Map.of("status", "DONE")))));

        assertThat(answer.get("results").get(1).get("result").asString()).isEqualTo("REFUSED");
        assertThat(answer.get("results").get(1).get("message").asString())
                .isEqualTo("That exercise is not part of this day.");
        assertThat(answer.get("day").get("account").asLong()).isEqualTo(patient.id());
        assertThat(jdbc.queryForObject(
                "select count(*) from exercise_log l join exercise_session s on s.id = l.session_id where s.patient_id = ?",
                Long.class,
                other.id())).isZero();
        assertThat(status(get("/api/v1/day/" + today.plusDays(1)).with(as(patient)))).isEqualTo(404);
        assertThat(status(get("/api/v1/day/yesterday").with(as(patient)))).isEqualTo(404);
        assertThat(send(today.plusDays(1), List.of(checkIn(false, false))).getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void staff_strangers_and_requests_without_the_token_are_refused() throws Exception {
        var body = actionsJson(List.of(checkIn(false, false)));

        assertThat(status(get("/api/v1/day/" + today))).isEqualTo(401);
        assertThat(status(get("/api/v1/day/" + today).with(as(therapist)))).isEqualTo(403);
        assertThat(status(post("/api/v1/day/" + today + "/actions").with(as(therapist)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body))).isEqualTo(403);
        assertThat(status(post("/api/v1/day/" + today + "/actions").with(as(patient))
                .contentType(MediaType.APPLICATION_JSON).content(body))).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from check_in where patient_id = ?", Long.class,
                patient.id())).isZero();
    }

    @Test
    void unreadable_or_too_many_actions_are_refused_with_a_message() throws Exception {
        var unreadable = mvc.perform(post("/api/v1/day/" + today + "/actions").with(as(patient)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"actions\": [{\"key\": \"not a key\"}]}"))
                .andReturn();
        assertThat(unreadable.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(unreadable).get("message").asString()).isEqualTo("The request could not be read.");

        var withoutType = send(today, List.of(Map.of("key", UUID.randomUUID().toString())));
        assertThat(withoutType.getResponse().getStatus()).isEqualTo(400);

        var tooMany = new ArrayList<Map<String, Object>>();
        for (var i = 0; i <= DayApi.MAX_ACTIONS; i++) {
            tooMany.add(checkIn(false, false));
        }
        var answer = send(today, tooMany);
        assertThat(answer.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(answer).get("message").asString()).isEqualTo("Send from 1 to 200 actions at a time.");
    }

    private MvcResult send(LocalDate day, List<Map<String, Object>> actions) throws Exception {
        return mvc.perform(post("/api/v1/day/" + day + "/actions").with(as(patient)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(actionsJson(actions))).andReturn();
    }

    private String actionsJson(List<Map<String, Object>> actions) {
        return json.writeValueAsString(Map.of("actions", actions));
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private static Map<String, Object> checkIn(boolean neck, boolean arms) {
        return Map.of("key", UUID.randomUUID().toString(), "type", "check-in", "severeNeckPain", neck,
                "armSymptoms", arms);
    }

    private static Map<String, Object> session(Map<String, Object> fields) {
        var action = new HashMap<String, Object>(fields);
        action.putAll(Map.of("key", UUID.randomUUID().toString(), "type", "session", "round", 1));
        return action;
    }

    private static Map<String, Object> exercise(JsonNode item, Map<String, Object> fields) {
        var action = new HashMap<String, Object>(fields);
        action.putAll(Map.of("key", UUID.randomUUID().toString(), "type", "exercise", "round", 1, "itemId",
                item.get("id").asLong()));
        return action;
    }

    private static JsonNode item(JsonNode day, String name) {
        return day.get("routines").valueStream().flatMap(routine -> routine.get("items").valueStream())
                .filter(item -> item.get("name").asString().equals(name)).findFirst().orElseThrow();
    }

    private JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString());
    }

    private RequestPostProcessor as(TestAccount account) {
        return authentication(data.authentication(account));
    }
}
