/** The demo's knowledge base, loaded beside the core's demo when demo mode is on. */
package org.bilet.kb.article.demo;
