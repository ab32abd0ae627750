package org.frontdesk.scheduling;

/** Which part of the day a patient can come: a morning time starts before 12:00 local time. */
public enum PartOfDay { ANY, MORNING, AFTERNOON }
