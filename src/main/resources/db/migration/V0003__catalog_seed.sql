-- Starter catalog. Facts from the consumer article "Is it safe to exercise or lift weights with neck or back pain"
-- (see docs/decisions/0005-exercise-catalog.md); every text is Rehabit's own wording, for a therapist to adapt.

create function pg_temp.add_item(
    p_name text, p_summary text, p_kind text, p_category text, p_position text,
    p_status text, p_reason text, p_alternative text, p_cautions text, p_stop_if text,
    p_sets int, p_reps int, p_hold int, p_side text, p_minutes int,
    p_regions text[], p_equipment text[], p_steps text[]) returns void
language plpgsql as $$
declare
    new_id bigint;
begin
    insert into exercise (name, summary, kind, category, position, status, status_reason, alternative_id,
                          cautions, stop_if, dosage_sets, dosage_reps, dosage_hold_seconds, dosage_side,
                          dosage_minutes, attribution, seeded, created_at)
    values (p_name, p_summary, p_kind, p_category, p_position, p_status, p_reason,
            (select id from exercise where name = p_alternative), p_cautions, p_stop_if,
            p_sets, p_reps, p_hold, p_side, p_minutes,
            'Based on the consumer article "Is it safe to exercise or lift weights with neck or back pain"; '
                || 'written for Rehabit as general guidance for a therapist to adapt.',
            true, now())
    returning id into new_id;
    insert into exercise_region (exercise_id, region) select new_id, unnest(p_regions);
    insert into exercise_equipment (exercise_id, equipment) select new_id, unnest(p_equipment);
    insert into exercise_step (exercise_id, position, text)
        select new_id, (ordinality - 1)::integer, step from unnest(p_steps) with ordinality as s(step, ordinality);
end;
$$;

-- Recommended exercises
select pg_temp.add_item('Neck tilt', 'A gentle forward bend of the neck, done sitting, to ease stiffness at the back of the neck.',
    'EXERCISE', 'MOBILITY', 'SEATED', 'RECOMMENDED', null, null,
    'Move slowly and only as far as is comfortable; do not bounce.',
    'Stop at once if the movement brings on neck pain or discomfort.',
    null, 5, 5, null, null, array['NECK'], array['CHAIR'], array[
    'Sit tall on a chair with both feet flat on the floor.',
    'Let your chin sink slowly towards your chest.',
    'Stay there for about five seconds, breathing normally.',
    'Lift your head back to the upright start position.']);

select pg_temp.add_item('Side-to-side neck tilt', 'Leaning the head towards each shoulder in turn, seated, to loosen the sides of the neck.',
    'EXERCISE', 'MOBILITY', 'SEATED', 'RECOMMENDED', null, null,
    'Keep both shoulders down and relaxed; the ear moves towards the shoulder, not the shoulder to the ear.',
    'Stop at once if the movement brings on neck pain or discomfort.',
    null, 5, 5, 'BOTH', null, array['NECK'], array['CHAIR'], array[
    'Sit upright on a chair and look straight ahead.',
    'Lean your head so that one ear moves towards the shoulder on the same side.',
    'Stay there for about five seconds.',
    'Come back to the middle, then repeat towards the other shoulder.']);

select pg_temp.add_item('Rounded back (cat-cow)', 'On hands and knees, alternately arching the back up and letting it dip, to mobilise the whole spine.',
    'EXERCISE', 'MOBILITY', 'ALL_FOURS', 'RECOMMENDED', null, null,
    'Move within a comfortable range; kneel on a mat or folded towel.',
    'Stop if the movement causes sharp or spreading pain.',
    null, 5, 5, null, null, array['UPPER_BACK', 'MID_BACK', 'LOWER_BACK'], array['MAT'], array[
    'Kneel on a mat on all fours: hands below your shoulders, knees below your hips.',
    'Breathe in, tuck your pelvis under and push your back up into a rounded arch, letting your head hang.',
    'Stay rounded for a few seconds.',
    'Breathe out and return to a flat back.',
    'Lift your gaze and let your back sag gently towards the floor; stay for a few seconds.']);

select pg_temp.add_item('Reverse dumbbell fly', 'Raising light weights out to the sides while leaning forward, to strengthen the upper back and shoulders.',
    'EXERCISE', 'STRENGTHENING', 'STANDING', 'RECOMMENDED', null, null,
    'Use light weights. If your head pokes forward or your back starts to arch, the weight is too heavy: use a lighter one.',
    'Stop if you feel neck pain or pain running into the arms.',
    2, 10, null, null, null, array['UPPER_BACK', 'SHOULDERS'], array['DUMBBELLS'], array[
    'Stand with a light dumbbell in each hand, arms hanging, and lean your upper body slightly forward.',
    'Keep your eyes on the floor so your neck stays in line.',
    'Lift both arms out to the sides.',
    'At the top, draw your shoulder blades together.',
    'Lower the arms slowly to the start.']);

select pg_temp.add_item('Chair twist', 'A seated rotation holding the chair back, to stretch the upper, middle and lower back.',
    'EXERCISE', 'STRETCH', 'SEATED', 'RECOMMENDED', null, null,
    'Turn gently; use the arms to ease a little further, never to force the twist.',
    'Stop if the twist causes sharp pain.',
    null, 3, 15, 'BOTH', null, array['UPPER_BACK', 'MID_BACK', 'LOWER_BACK'], array['CHAIR'], array[
    'Sit sideways on a chair so that the back rest is beside you.',
    'Turn your upper body towards the back rest, as if looking round at someone behind you, and hold the back rest with both hands.',
    'Use your arms to ease into the stretch and hold it.',
    'Turn back to face forward, then sit the other way round and repeat on the other side.']);

select pg_temp.add_item('Core leg press', 'An isometric core exercise lying down: thighs push into the hands while the hands push back.',
    'EXERCISE', 'CORE_STABILITY', 'LYING', 'RECOMMENDED', null, null,
    'Keep breathing throughout the hold.',
    'Stop if your lower back hurts.',
    null, 5, 10, null, null, array['CORE'], array['MAT'], array[
    'Lie on your back on a mat and lift your legs so that hips and knees are both bent at a right angle.',
    'Brace your tummy and flatten the small of your back against the mat.',
    'Place your hands on the fronts of your thighs.',
    'Push your thighs into your hands while your hands push back, so nothing moves; hold.',
    'Relax and lower your feet to the floor.']);

select pg_temp.add_item('Forward lunge', 'A step forward into a lunge and back, to strengthen the buttocks and core.',
    'EXERCISE', 'STRENGTHENING', 'STANDING', 'RECOMMENDED', null, null,
    'Keep your chest up and your shoulders over your hips; hold on to a chair if balance is difficult.',
    'Stop if it causes back or knee pain.',
    2, 8, null, 'ALTERNATING', null, array['HIPS_AND_GLUTES', 'CORE'], array[]::text[], array[
    'Stand tall, feet a hip-to-shoulder width apart, hands resting at your waist.',
    'Take a step forward and set the front foot down firmly.',
    'Lower yourself until both knees make roughly a right angle; keep the trunk upright, shoulders stacked over the pelvis.',
    'Tighten your buttocks and stomach muscles.',
    'Push back to the start position and change legs.']);

select pg_temp.add_item('Half crunch', 'A small curl-up of only about 20 degrees that works the abdominals without loading the spine like a sit-up.',
    'EXERCISE', 'CORE_STABILITY', 'LYING', 'RECOMMENDED', null, null,
    'Lift only your shoulders; do not pull on your neck.',
    'Stop if it causes neck or back pain.',
    2, 10, null, null, null, array['CORE'], array['MAT'], array[
    'Lie on your back with your knees bent and feet flat on the floor.',
    'Tighten your stomach muscles.',
    'Curl your head and shoulders up only a little, to about 20 degrees, not all the way to sitting.',
    'Lower yourself back down slowly.']);

select pg_temp.add_item('Supine hamstring stretch', 'Lying on the back and hugging one knee at a time to the chest, to stretch the hamstrings and lower back.',
    'EXERCISE', 'STRETCH', 'LYING', 'RECOMMENDED', null, null,
    'Pull gently; the stretch should feel mild, not painful.',
    'Stop if pain spreads down a leg.',
    null, 3, 20, 'BOTH', null, array['HAMSTRINGS', 'LOWER_BACK'], array['MAT'], array[
    'Lie on your back with both legs straight.',
    'Bring one knee up towards your chest and hold it there with both hands.',
    'Hold the stretch, breathing calmly.',
    'Lower the leg and repeat with the other one.']);

select pg_temp.add_item('Walking', 'Easy aerobic activity that brings more blood to the back and neck; the endorphins it releases also dampen pain.',
    'EXERCISE', 'AEROBIC', 'STANDING', 'RECOMMENDED', null, null,
    'Start with short, easy walks and build up; comfortable shoes help.',
    'Stop and rest if your pain clearly gets worse while walking.',
    null, null, null, null, 20, array['WHOLE_BODY'], array[]::text[], array[
    'Walk at a pace where you can still talk comfortably.',
    'Keep an upright posture and let your arms swing.',
    'Build up the time gradually over the weeks.']);

select pg_temp.add_item('Foam rolling of glutes and hip flexors', 'Rolling the buttocks and the front of the hips, where low back pain can start.',
    'EXERCISE', 'SELF_CARE', 'LYING', 'RECOMMENDED', null, null,
    'Roll the muscles of the hips and buttocks only, never directly on the lower back.',
    'Stop if the pressure is painful rather than a relieving ache.',
    null, null, null, null, 5, array['HIPS_AND_GLUTES'], array['FOAM_ROLLER', 'MAT'], array[
    'Sit on the foam roller with one buttock and roll slowly back and forth.',
    'Change sides.',
    'Lie face down with the roller under the front of one hip and roll slowly.',
    'Change sides.']);

-- Education and self-care
select pg_temp.add_item('Rest wisely', 'Some rest helps, but too much makes backs and necks stiffer.',
    'EDUCATION', 'SELF_CARE', 'ANY', 'RECOMMENDED', null, null, null, null,
    null, null, null, null, null, array['NECK', 'LOWER_BACK', 'WHOLE_BODY'], array[]::text[], array[
    'Get up and move about every couple of hours rather than staying in bed.',
    'If pain is severe, limit bed rest to one or two days.',
    'Resting too long makes muscles stiff and weak, and inactivity can upset digestion too.',
    'Gentle movement, such as short walks, usually helps more than lying still.']);

select pg_temp.add_item('Heat for neck and back', 'Warmth from a heat pad improves blood flow and can ease tight muscles.',
    'EDUCATION', 'SELF_CARE', 'ANY', 'RECOMMENDED', null, null,
    'Use a cloth between skin and heat pad and never fall asleep on one.', null,
    null, null, null, null, null, array['NECK', 'UPPER_BACK', 'LOWER_BACK'], array['HEAT_PAD'], array[
    'Put a warm (not hot) heat pad on the stiff area for about 15 to 20 minutes.',
    'Follow it with the gentle stretches from your routine.']);

select pg_temp.add_item('Posture and sleeping position', 'Everyday posture and the way you sleep affect neck and back pain.',
    'EDUCATION', 'SELF_CARE', 'ANY', 'RECOMMENDED', null, null, null, null,
    null, null, null, null, null, array['NECK', 'UPPER_BACK', 'LOWER_BACK'], array['PILLOW'], array[
    'When sitting, keep your back supported and the screen at eye level.',
    'Change position often and take short movement breaks.',
    'Sleep with a pillow that keeps your neck in line with your spine.',
    'Do gentle neck stretches and exercise regularly, not only when it hurts.']);

select pg_temp.add_item('Lifting with lighter loads', 'How to keep strength training safe for the back and neck: lighter weights and good form.',
    'EDUCATION', 'SELF_CARE', 'ANY', 'RECOMMENDED', null, null, null,
    'Stop any lift that causes neck or back pain.',
    null, null, null, null, null, array['UPPER_BACK', 'LOWER_BACK', 'NECK'], array['DUMBBELLS'], array[
    'Choose weights you can move with good form for every repetition.',
    'If your head moves forward or your back arches during a lift, the weight is too heavy: lower it.',
    'Skip movements that load the spine more than the goal of the exercise needs.']);

select pg_temp.add_item('When not to exercise', 'Warning signs that mean: skip the usual routine today and get advice first.',
    'EDUCATION', 'SELF_CARE', 'ANY', 'RECOMMENDED', null, null, null,
    'Severe neck pain, or new weakness, numbness or tingling in the arms or hands.',
    null, null, null, null, null, array['NECK', 'UPPER_BACK', 'WHOLE_BODY'], array[]::text[], array[
    'If your neck pain is severe, do not do your usual routine.',
    'The same applies if your arms or hands feel weak, numb or tingly.',
    'Contact your physiotherapist or doctor before exercising again.']);

-- Exercises to avoid while in pain, each with its safer alternative
select pg_temp.add_item('Full sit-up', 'Curling all the way up from lying to sitting.',
    'EXERCISE', 'CORE_STABILITY', 'LYING', 'AVOID',
    'Coming all the way up from lying to sitting loads the spine, more so when the core is weak, and can bring on pain.',
    'Half crunch', null, null, null, null, null, null, null, array['CORE', 'LOWER_BACK'], array['MAT'], array[
    'Not recommended while in pain: use the half crunch instead.']);

select pg_temp.add_item('Standing toe touch', 'Bending forward from standing to reach the toes.',
    'EXERCISE', 'STRETCH', 'STANDING', 'AVOID',
    'Reaching for the toes makes the back round, and when the muscles are tight it rounds even further, which can worsen pain.',
    'Supine hamstring stretch', null, null, null, null, null, null, null, array['HAMSTRINGS', 'LOWER_BACK'],
    array[]::text[], array['Not recommended while in pain: use the supine hamstring stretch instead.']);

select pg_temp.add_item('Heavy deadlift', 'Lifting a heavy barbell from the floor.',
    'EXERCISE', 'STRENGTHENING', 'STANDING', 'AVOID',
    'Heavy loads on the back while in pain risk further injury.',
    'Lifting with lighter loads', null, null, null, null, null, null, null, array['LOWER_BACK', 'HIPS_AND_GLUTES'],
    array[]::text[], array['Not recommended while in pain: train with lighter loads instead.']);

select pg_temp.add_item('Heavy squat', 'Squatting with a heavy barbell on the shoulders.',
    'EXERCISE', 'STRENGTHENING', 'STANDING', 'AVOID',
    'A heavy bar loads the neck and back while in pain and risks further injury.',
    'Lifting with lighter loads', null, null, null, null, null, null, null, array['LOWER_BACK', 'NECK'],
    array[]::text[], array['Not recommended while in pain: train with lighter loads instead.']);

select pg_temp.add_item('Olympic lifts', 'Snatch, clean and jerk, and similar fast lifts of heavy weights.',
    'EXERCISE', 'STRENGTHENING', 'STANDING', 'AVOID',
    'Fast, heavy lifts load the back and neck and risk further injury while in pain.',
    'Lifting with lighter loads', null, null, null, null, null, null, null, array['LOWER_BACK', 'NECK', 'SHOULDERS'],
    array[]::text[], array['Not recommended while in pain: train with lighter loads instead.']);

select pg_temp.add_item('Loaded flexion exercises', 'Bending the spine forward against a weight or machine resistance.',
    'EXERCISE', 'STRENGTHENING', 'ANY', 'AVOID',
    'Bending the spine forward under load strains the back and can make pain worse.',
    'Lifting with lighter loads', null, null, null, null, null, null, null, array['LOWER_BACK', 'CORE'],
    array[]::text[], array['Not recommended while in pain: train with lighter loads instead.']);

select pg_temp.add_item('Foam rolling on the lower back', 'Rolling a foam roller directly under the lower back.',
    'EXERCISE', 'SELF_CARE', 'LYING', 'AVOID',
    'Nothing shields the lower spine from the pressure of the roller.',
    'Foam rolling of glutes and hip flexors', null, null, null, null, null, null, null, array['LOWER_BACK'],
    array['FOAM_ROLLER'], array['Not recommended: roll the glutes and hip flexors instead.']);

-- Safety rule for every exercise: stop at once if it brings on neck pain or discomfort.
update exercise
set stop_if = concat_ws(' ', stop_if, 'Stop straight away if it brings on neck pain or discomfort.')
where seeded and kind = 'EXERCISE' and status <> 'AVOID' and stop_if not ilike '%neck pain%';
