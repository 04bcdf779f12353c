/**
 * Classes and assignments on screen: a teacher's classes (with join codes), one class's students, teams and
 * assignments with their status; a student's classes and "My assignments". Thin over the domain's
 * ClassroomService and AssignmentService, which enforce who may do what.
 */
@NullMarked
package org.casebook.classroom.ui;

import org.jspecify.annotations.NullMarked;
