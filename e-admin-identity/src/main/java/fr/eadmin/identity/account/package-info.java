/**
 * Accounts of usagers, agents and partner organisations' agents, and their authentication: Argon2id
 * password hashes in PHC strings, the password policy, throttling of failed logins, single-use email
 * verification and password reset tokens, and TOTP second factors for agents.
 */
@NullMarked
package fr.eadmin.identity.account;

import org.jspecify.annotations.NullMarked;
