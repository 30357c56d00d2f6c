package org.bilet.cluster;

/** This server's name among the nodes: WildFly's node name ({@code jboss.node.name}, the host name unless set). */
public final class Node {

    private Node() {
    }

    public static String name() {
        return System.getProperty("jboss.node.name", "bilet");
    }
}
