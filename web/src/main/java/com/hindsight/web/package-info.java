/**
 * The case room ({@code hindsight serve}): a read-only web application for reviewers over a
 * warehouse's published runs. {@link com.hindsight.web.CaseRoom} starts it; docs/case-room.md
 * describes the pages, the API and the security model.
 */
package com.hindsight.web;
