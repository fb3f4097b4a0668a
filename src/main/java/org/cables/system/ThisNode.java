package org.cables.system;

/** This node as the others see it in shared rows: its process and its host ("4711@exhibit-2"). */
public final class ThisNode {

    private ThisNode() {
    }

    /** The process and the host, since the nodes of a local cluster share one host. */
    public static String name() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "unknown-host";
        }
        return ProcessHandle.current().pid() + "@" + host;
    }
}
