package org.clawmanager.identity.boundary;

/**
 * Seam through which features that own quota-bound resources (instances) report what a user consumes. Without
 * an implementation (before instances exist) usage is zero.
 */
public interface UsageReporter {

    QuotaView.Usage usageOf(long userId);
}
