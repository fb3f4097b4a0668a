/**
 * Where each page of the exhibit lives: per feature, the route templates that the views'
 * {@code @Route} annotations use and typed methods that give the address of a page (a cable,
 * a person, a tour stop, the map on a day). Views link with these instead of building route
 * strings, and domain records carry no addresses. This package sits below every feature, so
 * that features can link to each other without depending on each other.
 */
package org.cables.navigation;
