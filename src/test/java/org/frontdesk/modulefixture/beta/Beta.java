package org.frontdesk.modulefixture.beta;

import org.frontdesk.modulefixture.alpha.internal.Secret;

/** Test fixture: module "beta" breaks the rule by using alpha's internals. */
public class Beta {
    Secret secret = new Secret();
}
