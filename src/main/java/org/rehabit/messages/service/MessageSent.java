package org.rehabit.messages.service;

/** A message was sent in a patient's conversation: by the patient, or by their care team. */
public record MessageSent(long messageId, long patientId, boolean fromPatient) {
}
