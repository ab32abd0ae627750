package org.frontdesk.modulefixture.alpha;

/** Test fixture: module "alpha"'s public API. */
public class Alpha {}
