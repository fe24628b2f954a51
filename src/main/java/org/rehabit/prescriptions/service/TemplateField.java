package org.rehabit.prescriptions.service;

/** The parts of a template a validation message can point at. */
public enum TemplateField {
    NAME, ITEMS
}
