package org.rehabit.catalog.service;

import static org.rehabit.base.service.InvalidInputException.rejectIfAny;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.rehabit.base.service.ConcurrentEditException;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.base.service.Problem;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.catalog.domain.CatalogFilter;
import org.rehabit.catalog.domain.CatalogSpecifications;
import org.rehabit.catalog.domain.CatalogStatus;
import org.rehabit.catalog.domain.Dosage;
import org.rehabit.catalog.domain.Exercise;
import org.rehabit.catalog.domain.ExerciseImage;
import org.rehabit.catalog.domain.ExerciseImageRepository;
import org.rehabit.catalog.domain.ExerciseOption;
import org.rehabit.catalog.domain.ExerciseRepository;
import org.rehabit.catalog.domain.ExerciseVideoRepository;
import org.rehabit.catalog.domain.PictureFile;
import org.rehabit.security.CurrentUser;
import org.rehabit.security.domain.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exercise catalog for therapists and admins. Patients never reach it: they will see exercises only through
 * their own routines. Seeded items can be changed by admins only; the clinic's own items by any therapist.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
public class CatalogService {

    private final ExerciseRepository exercises;
    private final ExerciseImageRepository images;
    private final ExerciseVideoRepository videos;
    private final PrescribedExercises prescribed;
    private final ExerciseFigures figures;
    private final CurrentUser currentUser;
    private final Clock clock;

    CatalogService(ExerciseRepository exercises, ExerciseImageRepository images, ExerciseVideoRepository videos,
            PrescribedExercises prescribed, ExerciseFigures figures, CurrentUser currentUser, Clock clock) {
        this.figures = figures;
        this.exercises = exercises;
        this.images = images;
        this.videos = videos;
        this.prescribed = prescribed;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<ExerciseSummary> search(CatalogFilter filter, Pageable pageable) {
        return exercises.findAll(CatalogSpecifications.matching(filter), pageable)
                .map(e -> new ExerciseSummary(e.getId(), e.getName(), e.getKind(), e.getStatus(), e.getCategory(),
                        e.getPosition(), e.getRegions(), e.isRetired()));
    }

    @Transactional(readOnly = true)
    public ExerciseDetails get(long id) {
        var exercise = find(id);
        var alternative = Optional.ofNullable(exercise.getAlternativeId()).flatMap(exercises::findById)
                .map(a -> new ExerciseOption(a.getId(), a.getName())).orElse(null);
        return new ExerciseDetails(exercise.getId(), exercise.getVersion(), exercise.getName(), exercise.getSummary(),
                exercise.getKind(), exercise.getCategory(), exercise.getPosition(), exercise.getRegions(),
                exercise.getEquipment(), exercise.getSteps(), exercise.getDosage(), exercise.getCautions(),
                exercise.getStopIf(), exercise.getStatus(), exercise.getStatusReason(), alternative,
                exercise.getAttribution(), exercise.isSeeded(), exercise.isRetired(), images.existsById(id),
                videos.existsByExerciseId(id), figure(exercise), mayEdit(exercise));
    }

    /**
     * The instructions of the given items, for routines. Any signed-in user may read them: catalog text is general
     * guidance, not patient data, and patients read it through their own routines (which check whose they are).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, ExerciseInstructions> instructions(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var found = exercises.findWithSteps(ids);
        var alternatives = exercises.findAllById(found.stream().map(Exercise::getAlternativeId)
                .filter(Objects::nonNull).toList()).stream().collect(Collectors.toMap(Exercise::getId, a -> a));
        var withImage = images.findIdsWithImage(ids);
        var withVideo = videos.findIdsWithVideo(ids);
        var byId = new HashMap<Long, ExerciseInstructions>();
        for (var e : found) {
            var alternative = Optional.ofNullable(e.getAlternativeId()).map(alternatives::get)
                    .map(a -> new ExerciseOption(a.getId(), a.getName())).orElse(null);
            byId.put(e.getId(), new ExerciseInstructions(e.getId(), e.getName(), e.getSummary(), e.getKind(),
                    e.getStatus(), e.getStatusReason(), alternative, e.getSteps(), e.getCautions(), e.getStopIf(),
                    e.getDosage() == null ? Dosage.NONE : e.getDosage(), e.isRetired(), withImage.contains(e.getId()),
                    withVideo.contains(e.getId()), figure(e), Set.copyOf(e.getRegions()),
                    Set.copyOf(e.getEquipment())));
        }
        return byId;
    }

    /** The items an "avoid" entry may name as its safer alternative. */
    @Transactional(readOnly = true)
    public List<ExerciseOption> alternatives() {
        return exercises.findAlternatives();
    }

    /** Adds a clinic exercise, with an optional picture (null for none); all or nothing. */
    public long create(ExerciseDraft draft, byte[] newImage) {
        var exercise = new Exercise(currentUser.require().accountId(), clock.instant());
        var picture = apply(exercise, draft, newImage);
        var id = exercises.saveAndFlush(exercise).getId();
        picture.ifPresent(p -> images.save(new ExerciseImage(id, p.type(), p.data())));
        return id;
    }

    /**
     * Saves a change made to the version the user opened, replacing the picture if one is given; a newer version
     * saved in between is a conflict, never overwritten.
     */
    public void update(long id, long openedVersion, ExerciseDraft draft, byte[] newImage) {
        var exercise = editable(id);
        if (exercise.getVersion() != openedVersion) {
            throw new ConcurrentEditException("Exercise " + id);
        }
        apply(exercise, draft, newImage).ifPresent(p -> images.findById(id).ifPresentOrElse(
                image -> image.replace(p.type(), p.data()),
                () -> images.save(new ExerciseImage(id, p.type(), p.data()))));
        exercises.flush();
    }

    /** Hides the item from new routines; routines that already use it keep it. */
    public void retire(long id) {
        editable(id).retire(clock.instant());
    }

    public void restore(long id) {
        editable(id).restore();
    }

    /**
     * Has a clinic exercise show the moving figure of a seeded exercise that looks like it (null: none); one of
     * {@link ExerciseFigures#toShowOnClinicExercises}.
     */
    public void showFigure(long id, String seededName) {
        var exercise = editable(id);
        if (exercise.isSeeded() || seededName != null
                && !figures.toShowOnClinicExercises().contains(seededName)) {
            throw InvalidInputException.of(ExerciseField.FIGURE, "validation.catalog.figure");
        }
        exercise.showFigureOf(seededName);
    }

    /** Refuses anyone who may not change this exercise, its picture or its video. */
    public void checkMayEdit(long id) {
        editable(id);
    }

    public void removeImage(long id) {
        editable(id);
        images.deleteById(id);
    }

    /** An exercise's picture, for those who may see the exercise (see {@link #checkMayView}). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<StoredImage> image(long id) {
        checkMayView(id);
        return images.findById(id).map(image -> new StoredImage(image.getContentType(), image.getData()));
    }

    /**
     * Refuses, as "not found", anyone who may not see an exercise's picture, figure or video: staff see the whole
     * catalog; a patient only what one of their routines has held.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public void checkMayView(long id) {
        var user = currentUser.require();
        if (!exercises.existsById(id)
                || user.role() == Role.PATIENT && !prescribed.prescribedTo(user.accountId(), id)) {
            throw new RecordNotFoundException("exercise", id);
        }
    }

    /** Validates everything, picture included, then copies the draft in; returns the picture to store if one came. */
    private Optional<PictureFile.Encoded> apply(Exercise exercise, ExerciseDraft draft, byte[] newImage) {
        var problems = ExerciseRules.problems(draft);
        var picture = Optional.<PictureFile.Encoded>empty();
        if (newImage != null) {
            var checked = picture(newImage);
            checked.refusal().ifPresent(problem -> problems.put(ExerciseField.IMAGE, problem));
            picture = checked.encoded();
        }
        var name = draft.name() == null ? "" : draft.name().strip();
        if (!name.isEmpty() && exercises.existsByNameIgnoringCase(name, exercise.getId())) {
            problems.put(ExerciseField.NAME, Problem.of("validation.catalog.name-taken"));
        }
        if (draft.status() == CatalogStatus.AVOID && draft.alternativeId() != null
                && !isValidAlternative(draft.alternativeId(), exercise.getId())) {
            problems.put(ExerciseField.ALTERNATIVE, Problem.of("validation.catalog.alternative-invalid"));
        }
        rejectIfAny(problems);
        exercise.describe(name, draft.summary().strip(), draft.kind(), draft.category(), draft.position(),
                draft.regions(), draft.equipment() == null ? java.util.Set.of() : draft.equipment(),
                ExerciseRules.steps(draft.steps()),
                draft.dosage() == null || draft.dosage().isEmpty() ? null : draft.dosage(),
                blankToNull(draft.cautions()),
                blankToNull(draft.stopIf()));
        exercise.rate(draft.status(), blankToNull(draft.statusReason()), draft.alternativeId());
        return picture;
    }

    /** An uploaded picture drawn again for storing ({@link PictureFile}), or the problem to show beside its field. */
    static CheckedPicture picture(byte[] upload) {
        if (upload.length == 0 || upload.length > ExerciseImage.MAX_BYTES) {
            return new CheckedPicture(Optional.empty(), Optional.of(Problem.of("validation.catalog.image-size")));
        }
        var result = PictureFile.reencode(upload);
        return new CheckedPicture(result.encoded(),
                Optional.ofNullable(result.refusal()).map(refusal -> switch (refusal) {
                    case NOT_PICTURE -> Problem.of("validation.catalog.image-type");
                    case TOO_SMALL -> Problem.of("validation.catalog.image-small", PictureFile.MIN_SIDE);
                    case TOO_LARGE -> Problem.of("validation.catalog.image-large", PictureFile.MAX_SIDE,
                            PictureFile.MAX_MEGAPIXELS);
                }));
    }

    record CheckedPicture(Optional<PictureFile.Encoded> encoded, Optional<Problem> refusal) {
    }

    private boolean isValidAlternative(long alternativeId, Long selfId) {
        return !Long.valueOf(alternativeId).equals(selfId) && exercises.findById(alternativeId)
                .filter(a -> a.getStatus() != CatalogStatus.AVOID && !a.isRetired()).isPresent();
    }

    /** The key of the exercise's figure, if there is one to draw. */
    private String figure(Exercise exercise) {
        return figures.of(exercise.figureKey()).isPresent() ? exercise.figureKey() : null;
    }

    private Exercise find(long id) {
        return exercises.findById(id).orElseThrow(() -> new RecordNotFoundException("exercise", id));
    }

    private Exercise editable(long id) {
        var exercise = find(id);
        if (!mayEdit(exercise)) {
            throw new AccessDeniedException("Seeded catalog items can be changed by admins only");
        }
        return exercise;
    }

    private boolean mayEdit(Exercise exercise) {
        return exercise.mayBeEditedBy(currentUser.require().role());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
