/**
 * Who may do what for whom: the mandates a usager account holds (itself, the foyers it is responsable légal
 * of and their children, the entreprises and associations it represents, read-only grants), the rule that an
 * agent acts only on the téléservices of its own organisation, and the {@link
 * fr.eadmin.identity.authz.Authorizer} that turns them into an explainable {@link
 * fr.eadmin.identity.authz.AuthorizationDecision}.
 */
@NullMarked
package fr.eadmin.identity.authz;

import org.jspecify.annotations.NullMarked;
