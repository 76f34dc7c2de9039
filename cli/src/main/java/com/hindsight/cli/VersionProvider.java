package com.hindsight.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (set by the build). */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Hindsight.class.getPackage().getImplementationVersion();
        return new String[] {"hindsight " + (version == null ? "(development build)" : version),
                "Java " + System.getProperty("java.version")};
    }
}
