package dev.orginvites.examples;

/**
 * Marks the converter of an option whose value is secret (an invite token, an API key, an invite link that
 * carries a token). Error messages about such an option never show its value.
 */
interface SecretValue {}
