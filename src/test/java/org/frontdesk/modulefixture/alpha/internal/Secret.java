package org.frontdesk.modulefixture.alpha.internal;

/** Test fixture: an internal type of module "alpha". */
public class Secret {}
